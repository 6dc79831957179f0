// Sizes, speeds and times for people to read.

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function bytes(n) {
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

export function speed(bytesPerSecond) {
  return `${bytes(Math.round(bytesPerSecond))}/s`;
}

export function duration(seconds) {
  if (!Number.isFinite(seconds)) return '';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export function clock(iso) {
  const date = iso ? new Date(iso) : new Date();
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Bytes over the last few seconds: the speed, and the time left at that speed. */
export class Meter {
  constructor() {
    this.samples = [];
  }

  add(done) {
    const now = performance.now();
    this.samples.push([now, done]);
    while (this.samples.length > 2 && now - this.samples[0][0] > 5000) this.samples.shift();
  }

  speed() {
    if (this.samples.length < 2) return 0;
    const [t0, b0] = this.samples[0];
    const [t1, b1] = this.samples[this.samples.length - 1];
    return t1 > t0 ? ((b1 - b0) * 1000) / (t1 - t0) : 0;
  }

  /** "3.2 MB/s, 12 s left", or '' before there is a speed. */
  describe(done, total) {
    const rate = this.speed();
    if (rate <= 0 || done >= total) return '';
    return `${speed(rate)}, ${duration((total - done) / rate)} left`;
  }
}
