// The national APIs as OAuth resource servers (RFC 8707): one audience per access token.
export const RESOURCE_SERVERS = {
  'nhn:dodsmelding': { scope: 'nhn:dodsmelding/api' },
  'nhn:fodselsmelding': { scope: 'nhn:fodselsmelding/api' },
};

export const DEFAULT_RESOURCE = 'nhn:dodsmelding';
