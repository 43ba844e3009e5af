let cached: string[] | undefined;

/** IANA zones this browser knows, for suggestions only: the server decides what is valid. */
export function timeZones(): string[] {
  if (!cached) {
    const zones = Intl.supportedValuesOf('timeZone');
    // Some engines list only geographic zones and leave out UTC itself.
    cached = zones.includes('UTC') ? zones : ['UTC', ...zones];
  }
  return cached;
}
