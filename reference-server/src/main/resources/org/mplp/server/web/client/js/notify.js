// Word of what arrives while the tab is in the background: the tab's title counts it, and a
// system notification says it where the user allowed them (Notification API). Text goes into the
// notification as text; a notification never renders markup.

const BASE_TITLE = 'MPLP';

export class Notifier {
  constructor(history, transfers) {
    this.history = history;
    history.addEventListener('incoming', (e) => this.onMessage(e.detail));
    transfers.addEventListener('change', (e) => this.onTransfer(e.detail));
    this.offersSeen = new Set();
    document.addEventListener('visibilitychange', () => this.updateTitle());
  }

  get supported() {
    return 'Notification' in window;
  }

  get allowed() {
    return this.supported && Notification.permission === 'granted';
  }

  /** Asks for permission: the browser wants a click for that. */
  async ask() {
    if (!this.supported) return 'unsupported';
    return Notification.requestPermission();
  }

  updateTitle() {
    const unread = this.history.totalUnread();
    document.title = unread > 0 && document.hidden ? `(${unread}) ${BASE_TITLE}` : BASE_TITLE;
  }

  show(title, body, tag) {
    this.updateTitle();
    if (!document.hidden || !this.allowed) return;
    try {
      new Notification(title, { body, tag });
    } catch {
      // Some browsers allow notifications only from a service worker: the title still counts.
    }
  }

  onMessage(message) {
    const text = message.mediaType.startsWith('text/') ? message.body : `(${message.mediaType})`;
    this.show(`Message from ${message.from}`, text.slice(0, 200), message.messageId);
  }

  onTransfer(record) {
    if (record.outgoing || record.state !== 'offered' || this.offersSeen.has(record.transferId)) return;
    this.offersSeen.add(record.transferId);
    this.show(`Files offered by ${record.peer}`, `${record.files.length} file(s)`, record.transferId);
  }
}
