import ReactMarkdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import 'katex/dist/katex.min.css';

/**
 * An exercise statement: Markdown with $…$ and $$…$$ formulas. Raw HTML in the Markdown is
 * not rendered (react-markdown's default), only Markdown.
 */
export function Statement({ markdown }: { markdown: string }) {
  return (
    <div className="statement" data-testid="statement">
      <ReactMarkdown remarkPlugins={[remarkMath]} rehypePlugins={[rehypeKatex]}>{markdown}</ReactMarkdown>
    </div>
  );
}
