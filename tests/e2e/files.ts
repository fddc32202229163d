// Real files into the explorer: through its file inputs (setInputFiles) or dropped on the
// page as a person drags them from the desktop (a DataTransfer of File objects).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const fixture = (relative: string): string => path.join(FIXTURES, relative);

/** Drops files on the page: dragenter, dragover and drop, with the files' real bytes and names. */
export async function dropFiles(page: Page, files: string[]): Promise<void> {
  const payload = files.map((f) => ({ name: path.basename(f), data: readFileSync(f).toString("base64") }));
  const dataTransfer = await page.evaluateHandle((payload) => {
    const dt = new DataTransfer();
    for (const { name, data } of payload) {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name));
    }
    return dt;
  }, payload);
  for (const type of ["dragenter", "dragover", "drop"]) await page.dispatchEvent("body", type, { dataTransfer });
  await dataTransfer.dispose();
}

/** Picks files in "Add articles" (opening it when closed). */
export async function pickArticles(page: Page, files: string[]): Promise<void> {
  const input = page.getByLabel("Article files");
  if ((await input.count()) === 0) await page.getByRole("button", { name: "Add articles" }).click();
  await input.setInputFiles(files);
}

/** Picks a file in "Open graph". */
export async function pickGraph(page: Page, file: string): Promise<void> {
  await page.getByLabel("Graph file").setInputFiles(file);
}

/** The newest notice (alert or status) whose text contains `text`. */
export function notice(page: Page, text: string): Locator {
  return page.locator(".notice").filter({ hasText: text }).last();
}

/** "36 of 36 nodes · 64 of 64 edges · 5 articles" -> the three totals. */
export async function summary(page: Page): Promise<{ nodes: number; edges: number; articles: number }> {
  const text = (await page.getByTestId("summary").textContent()) ?? "";
  const m = /of (\d+) nodes · \d+ of (\d+) edges · (\d+) articles/.exec(text);
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return { nodes: Number(m[1]), edges: Number(m[2]), articles: Number(m[3]) };
}

/** Waits until the working graph is kept in IndexedDB (so that a reload finds it). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="origin"][data-persistence="saved"]').waitFor();
}

/** Closes every notice (as a person would before working on the canvas under them). */
export async function dismissNotices(page: Page): Promise<void> {
  const buttons = page.locator(".notice").getByRole("button", { name: "Dismiss" });
  while ((await buttons.count()) > 0) await buttons.first().click();
}
