let context: AudioContext | null = null;

/**
 * A short two-tone chime, synthesized so there is no audio file to ship. Browsers only let a page
 * make sound after the person has interacted with it; before that we stay silent rather than have
 * the browser complain.
 */
export function beep(): void {
  if (typeof AudioContext === 'undefined') return;
  if (!context && !navigator.userActivation?.hasBeenActive) return;
  context ??= new AudioContext();
  const ctx = context;
  if (ctx.state === 'suspended') void ctx.resume();
  const start = ctx.currentTime + 0.01;
  [880, 1320].forEach((frequency, index) => {
    const at = start + index * 0.14;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    // A quick rise and an exponential fall: a soft "ding", not a square-wave buzz.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.2, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.13);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.14);
  });
}
