/**
 * What the MDX components of one page print: `<Remark>` and `<Exchange>` elements receive these as
 * their `view` prop (the page passes them to `<Content>`, and `mdxViewAttributes` wires each element
 * to its entry), so the components never load the event themselves.
 */
import { exchangeNumber, type EventIndex } from '../remark-index';
import type { RemarkHome } from '../urls';
import { remarkCard, type RemarkCard } from './remarks';

/** An exchange's place in the Q&A: "exchange {position} of {total}". */
export interface ExchangeView {
  position: number;
  total: number;
}

/** The props a page passes to `<Content>`: the views of the remarks and exchanges written in its MDX. */
export interface MdxViews {
  remarks: Record<string, RemarkCard>;
  exchanges: Record<string, ExchangeView>;
}

/**
 * The views of every remark and exchange whose home is `home` (the page that renders that MDX).
 * @example mdxViews(index, { collection: 'topics', id: 'roads' }).exchanges['road-question'] // { position: 1, total: 2 }
 */
export function mdxViews(index: EventIndex, home: RemarkHome): MdxViews {
  const here = (h: RemarkHome) => h.collection === home.collection && h.id === home.id;
  return {
    remarks: Object.fromEntries(index.remarks.filter((r) => here(r.home)).map((r) => [r.id, remarkCard(index, r)])),
    exchanges: Object.fromEntries(
      index.exchanges
        .filter((x) => here(x.home))
        .map((x) => [x.id, { position: exchangeNumber(index, x.id), total: index.exchanges.length }]),
    ),
  };
}
