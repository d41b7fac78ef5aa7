import type { PrivacyBlock, PrivacyStatement as Statement } from '@/lib/privacy';

/**
 * The privacy statement in one language. Rendered by the extension's privacy page and, to a string, by the
 * store script for privacy.html: one component, so the two cannot differ. Pure (no browser APIs, no events).
 */
export function PrivacyStatement({ statement }: { statement: Statement }) {
  const titleId = `privacy-title-${statement.language}`;
  return (
    <article class="privacy-statement" lang={statement.language} aria-labelledby={titleId}>
      <h1 id={titleId}>{statement.title}</h1>
      <p class="lead">{statement.lead}</p>
      {statement.sections.map((section) => {
        const headingId = `privacy-${section.id}-${statement.language}`;
        return (
          <section key={section.id} aria-labelledby={headingId}>
            <h2 id={headingId}>{section.heading}</h2>
            {section.blocks.map((block, index) => (
              <Block key={index} block={block} />
            ))}
          </section>
        );
      })}
    </article>
  );
}

function Block({ block }: { block: PrivacyBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'items':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item.term}>
              <strong>{item.term}</strong>: {item.text}
            </li>
          ))}
        </ul>
      );
    case 'list':
      return (
        <>
          <p>{block.label}</p>
          <ul>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      );
  }
}
