/** The two timers of the hosts, typed the way both the browser and Node provide them. */
interface Host {
  setImmediate(callback: () => void): unknown;
  MessageChannel: new () => { port1: Port; port2: Port };
}
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

/**
 * Gives the event loop one turn, so input, editor events and requests queued behind a long
 * job run first. Node has `setImmediate`; a web worker (the browser extension host) has not,
 * and there a MessageChannel message is the next task, where `setTimeout(0)` would be clamped
 * to 4 ms once nested. setTimeout is the last resort of a host with neither.
 */
export function yieldToEventLoop(): Promise<void> {
  const { setImmediate: immediate, MessageChannel: Channel } = globalThis as unknown as Partial<Host>;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (typeof Channel === 'function') {
    const channel = new Channel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
