import ReactMarkdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import 'katex/dist/katex.min.css';

/**
 * An exercise statement: Markdown (with GitHub tables) and $…$ / $$…$$ formulas. Raw HTML in the Markdown is
 * not rendered (react-markdown's default), only Markdown.
 */
export function Statement({ markdown }: { markdown: string }) {
  return (
    <div className="statement" data-testid="statement">
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkMath]} rehypePlugins={[rehypeKatex]}>{markdown}</ReactMarkdown>
    </div>
  );
}
