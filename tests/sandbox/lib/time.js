export function epochSeconds() {
  return Math.floor(Date.now() / 1000);
}
