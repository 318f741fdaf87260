// A page fixture that records console errors and uncaught exceptions, and
// fails the test if any occurred: a journey passes only on a clean console.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
