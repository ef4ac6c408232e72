import { clampText, type Education, type Employment } from '../candidate/observation';
import { compact, isText, queryAll, textOf } from './dom';
import { parseDateRange } from './dates';
import { labelKey } from './labelled';

/**
 * Experience and education lists read by their shape rather than by class names: a section found by
 * its heading, entries as list items, each entry as lines of text (title, organisation, dates).
 * Adapters use this where a site's own hooks are unknown or gone.
 */

/** Deep enough for real entry markup; a hostile page nesting thousands of levels stops here. */
const MAX_DEPTH = 8;
const MAX_LINES = 12;
const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';

const TEXT_NODE = 3;

function hasOwnText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim() !== '');
}

/**
 * The lines of one entry: every element that holds text of its own (or has no element children)
 * is one line; wrappers without text of their own are looked into. `<li><div><h3>Title</h3>
 * <p>Org</p></div><p>Jan 2020 – <span>Present</span></p></li>` gives three lines.
 */
export function entryLines(entry: Element): string[] {
  const lines: string[] = [];
  const visit = (element: Element, depth: number) => {
    for (const child of Array.from(element.children)) {
      if (lines.length >= MAX_LINES) return;
      if (depth < MAX_DEPTH && child.children.length > 0 && !hasOwnText(child)) visit(child, depth + 1);
      else {
        const text = textOf(child);
        if (text) lines.push(text);
      }
    }
  };
  if (entry.children.length === 0 || hasOwnText(entry)) return [textOf(entry)].filter(isText);
  visit(entry, 0);
  return lines;
}

/** The top-level list items of a section (items of nested lists belong to their parent entry). */
export function entriesOf(section: Element | undefined): Element[] {
  if (!section) return [];
  return queryAll(section, 'li').filter((li) => {
    const outer = li.parentElement?.closest('li');
    return !outer || !section.contains(outer);
  });
}

/**
 * The first section under a heading that reads as one of `headings` ("Experience", "Work
 * experience") and that `accept` allows (an adapter skips sections of a list beside the profile).
 */
export function sectionByHeading(
  root: ParentNode | null | undefined,
  headings: readonly string[],
  accept: (section: Element) => boolean = () => true,
): Element | undefined {
  const wanted = new Set(headings.map(labelKey));
  for (const heading of queryAll(root, HEADINGS)) {
    if (!wanted.has(labelKey(textOf(heading)))) continue;
    const section = heading.closest('section') ?? heading.parentElement;
    if (section && accept(section)) return section;
  }
  return undefined;
}

function isDated(line: string): boolean {
  return parseDateRange(line).start !== undefined;
}

/** Title first, then the organisation ("Northwind · Full-time" keeps "Northwind"), then the dates. */
export function employmentFromLines(lines: readonly string[]): Employment | undefined {
  const [title, ...rest] = lines;
  if (!title) return undefined;
  const dated = rest.find(isDated);
  const organisation = clampText(rest.find((line) => line !== dated)?.split(' · ')[0]);
  return compact({ title, organisation, ...parseDateRange(dated), raw: dated });
}

/** School first, then the degree, then the dates. */
export function educationFromLines(lines: readonly string[]): Education | undefined {
  const [school, ...rest] = lines;
  if (!school) return undefined;
  const dated = rest.find(isDated);
  const { start, end } = parseDateRange(dated);
  return compact({ school, degree: rest.find((line) => line !== dated), start, end, raw: dated });
}
