// remark plugin: article bodies are untrusted text. The ingest writes them as escaped Markdown,
// and this plugin makes sure that anything that still parses as markup cannot act as markup:
// raw HTML (`<script>`, `<img onerror>`) becomes visible text, links whose address is not
// http(s) or mailto (`javascript:`, `data:`) keep their words but lose the link, and images
// become their alt text (an article page loads nothing from an article's own sources).
import type { Definition, PhrasingContent, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/** Addresses a link in an article may keep. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Parents whose children are blocks, where raw HTML text needs a paragraph of its own. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** True when an address from an article is safe to link to. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** remark plugin: neutralises raw HTML, unsafe links and images in article bodies. */
export default function remarkNeutraliseMarkup() {
  return (tree: Root) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      definitions.set(node.identifier, node);
    });
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return undefined;
      let replacement: RootContent[] | null = null;
      if (node.type === 'html') {
        const text: PhrasingContent = { type: 'text', value: node.value };
        // Block-level HTML stands where a paragraph would: keep the text in one.
        replacement = FLOW_PARENTS.has(parent.type) ? [{ type: 'paragraph', children: [text] }] : [text];
      } else if (node.type === 'image' || node.type === 'imageReference') {
        replacement = node.alt ? [{ type: 'text', value: node.alt }] : [];
      } else if (node.type === 'link' && !isSafeUrl(node.url)) {
        replacement = node.children as PhrasingContent[];
      } else if (node.type === 'linkReference') {
        const definition = definitions.get(node.identifier);
        if (!definition || !isSafeUrl(definition.url)) replacement = node.children as PhrasingContent[];
      }
      if (replacement === null) return undefined;
      (parent.children as RootContent[]).splice(index, 1, ...replacement);
      // Revisit the same index: the node's own children now sit there and may need the same care.
      return [SKIP, index];
    });
  };
}
