/** The components MDX content may use, passed to every `<Content components={...} />`. */
import Correction from './Correction.astro';
import Exchange from './Exchange.astro';
import Narration from './Narration.astro';
import Remark from './Remark.astro';

export const mdxComponents = { Correction, Exchange, Narration, Remark };
