// API errors and how each transport renders them: FHIR OperationOutcome on the fhir base,
// application/problem+json on the rest base.
export const NHN_ISSUE_SYSTEM = 'https://github.com/HL7Norway/ElektroniskDodsmelding';
export const SANDBOX_ERROR_SYSTEM = 'urn:meldeklient:sandbox:error';

// issues: [{ code: <machine code>, message: <Norwegian text>, field?: <JSON field>, linkId?, fhirCode? }]
export class ApiError extends Error {
  constructor(status, code, message, { issues, headers = {}, fhirCode } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
    this.issues = issues ?? [{ code, message, fhirCode }];
    this.fhirCode = fhirCode;
  }
}

// Validation rejections: one issue per broken rule.
export function rejection(issues) {
  const message = issues.map((entry) => entry.message).join('; ');
  return new ApiError(422, 'validation', message, { issues });
}

const FHIR_CODE_BY_ISSUE = {
  required: 'required', invalid: 'value', 'invalid-code': 'value', 'invalid-type': 'value', 'too-long': 'value',
  'identifier-format': 'value', 'identifier-date': 'value', 'identifier-check-digits': 'value',
  'unknown-item': 'invalid', 'not-enabled': 'invalid', repeats: 'invalid', structure: 'invalid',
};

function defaultFhirCode(status) {
  if (status === 401 || status === 403) {
    return 'security';
  }
  if (status === 429) {
    return 'throttled';
  }
  if (status === 404) {
    return 'not-found';
  }
  if (status === 409) {
    return 'conflict';
  }
  if (status >= 500) {
    return 'exception';
  }
  return status === 422 ? 'business-rule' : 'invalid';
}

const TITLES = {
  400: 'Ugyldig forespørsel', 401: 'Ikke autentisert', 403: 'Ingen tilgang', 404: 'Finnes ikke',
  405: 'Metoden støttes ikke', 409: 'Konflikt', 413: 'For stor forespørsel', 415: 'Ugyldig innholdstype',
  422: 'Meldingen ble avvist', 429: 'For mange forespørsler', 500: 'Intern feil', 503: 'Tjenesten er utilgjengelig',
};

export function operationOutcome(error) {
  return {
    resourceType: 'OperationOutcome',
    issue: error.issues.map((issue) => {
      const code = issue.fhirCode ?? error.fhirCode
        ?? (error.code === 'validation' ? FHIR_CODE_BY_ISSUE[issue.code] ?? 'business-rule' : defaultFhirCode(error.status));
      const nhnIssue = ['business-rule', 'invalid', 'required', 'value'].includes(code) && error.code === 'validation';
      const path = issue.linkId ?? issue.expression;
      return {
        severity: 'error',
        code,
        details: { coding: [nhnIssue ? { system: NHN_ISSUE_SYSTEM, code: '0004' }
          : { system: SANDBOX_ERROR_SYSTEM, code: issue.code }] },
        diagnostics: issue.message,
        ...(path ? { expression: [path] } : {}),
      };
    }),
  };
}

export function problemDetails(error) {
  const feil = error.code === 'validation' ? error.issues.map((issue) => ({
    ...(issue.linkId ? { linkId: issue.linkId } : { felt: issue.field ?? '' }),
    kode: issue.code,
    melding: issue.message,
  })) : undefined;
  return {
    type: `${SANDBOX_ERROR_SYSTEM}:${error.code}`,
    title: TITLES[error.status] ?? 'Feil',
    status: error.status,
    detail: error.message,
    ...(feil ? { feil } : {}),
  };
}
