import type { PrintableReport, PrintableTable } from '@/lib/report/printable';

function SummaryTable({ table }: { table: PrintableTable }) {
  return (
    <table class="report-table">
      <caption>{table.title}</caption>
      <thead>
        <tr>
          {table.header.map((name, index) => (
            <th key={index} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {table.header.map((_, column) => (
              <td key={column}>{row[column] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The printable weekly report, laid out for A4 portrait: the form's heading, the body and period, the
 * summary tables, the posts with their links, their texts, and the signature block. Everything is rendered
 * as text by Preact (no HTML string), so a post reads exactly as written.
 */
export function PrintableArticle({ report }: { report: PrintableReport }) {
  return (
    <article class="report-sheet">
      <header class="report-heading">
        {report.heading.map((line, index) => (index === 0 ? <h1 key={index}>{line}</h1> : <p key={index}>{line}</p>))}
      </header>
      <table class="report-identity">
        <tbody>
          {report.identity.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="report-summary">
        {report.summary.map((table) => (
          <SummaryTable key={table.title} table={table} />
        ))}
      </div>
      <table class="report-table report-posts">
        <caption>{report.postsTitle}</caption>
        <thead>
          <tr>
            {report.postsHeader.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.posts.map((post) => (
            <tr key={post.number}>
              <td>{post.number}</td>
              <td>{post.publishedAt}</td>
              <td>
                {post.platform}
                <br />
                {post.account}
              </td>
              <td>
                {post.theme}
                <br />
                {post.contentType}
              </td>
              <td>{post.compliance}</td>
              <td>{post.engagement}</td>
              <td class="report-link">
                {post.link ? (
                  <a href={post.link} target="_blank" rel="noopener noreferrer">
                    {post.link}
                  </a>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{report.textsTitle}</h2>
      {report.posts.map((post) => (
        <section key={post.number} class="report-post">
          <h3>
            {post.number}. {post.publishedAt} · {post.platform} · {post.stages}
          </h3>
          <blockquote>{post.text}</blockquote>
          {post.reviews.length > 0 && (
            <ul>
              {post.reviews.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <div class="report-signature">
        <p>{report.signature.placeAndDate}</p>
        <p>{report.signature.acknowledged}</p>
        <p>{report.signature.office}</p>
        <p class="report-signature-name">{report.signature.nameLine}</p>
      </div>
    </article>
  );
}
