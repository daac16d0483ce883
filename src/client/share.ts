// The one piece of browser code on claim pages: a copy-link button, and the Web Share API's
// "Share…" button where the browser has one. Without JavaScript the permalink is still shown
// in a read-only field to copy by hand; the buttons appear only once they can work.

/** What the share block says after an attempt, read out by screen readers via role="status". */
export const SHARE_MESSAGES = {
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Could not copy automatically: the link is selected, press Ctrl+C (or ⌘C) to copy it.',
  shared: 'Shared.',
  shareFailed: 'Could not open the share sheet; copy the link above instead.',
} as const;

/** Copies text with the Clipboard API, falling back to selecting the field and execCommand. */
async function copyText(text: string, field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Wires up every `[data-share]` block under `root`: reveals its buttons and handles clicks. */
export function setUpShare(root: ParentNode = document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const field = block.querySelector<HTMLInputElement>('input[data-share-url]');
    const status = block.querySelector<HTMLElement>('[data-share-status]');
    const copyButton = block.querySelector<HTMLButtonElement>('button[data-share-copy]');
    const nativeButton = block.querySelector<HTMLButtonElement>('button[data-share-native]');
    if (!field || !status) continue;
    const url = field.value;
    const say = (message: string) => {
      // Clear first so the same message is announced again on a second click.
      status.textContent = '';
      window.setTimeout(() => (status.textContent = message), 50);
    };

    if (copyButton) {
      copyButton.hidden = false;
      copyButton.addEventListener('click', async () => {
        say((await copyText(url, field)) ? SHARE_MESSAGES.copied : SHARE_MESSAGES.copyFailed);
      });
    }

    const shareData = { title: block.dataset.shareTitle ?? document.title, text: block.dataset.shareText, url };
    if (nativeButton && typeof navigator.share === 'function' && (navigator.canShare?.(shareData) ?? true)) {
      nativeButton.hidden = false;
      nativeButton.addEventListener('click', async () => {
        try {
          await navigator.share(shareData);
          say(SHARE_MESSAGES.shared);
        } catch (error) {
          // The person closed the share sheet: nothing happened, nothing to say.
          if ((error as DOMException).name !== 'AbortError') say(SHARE_MESSAGES.shareFailed);
        }
      });
    }

    field.addEventListener('focus', () => field.select());
  }
}
