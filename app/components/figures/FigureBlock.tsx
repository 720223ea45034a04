import { useTranslation } from "react-i18next";

export interface FigureBlockTable {
  id: string;
  title: string;
  columns: string[];
  rows: { key: string; label: string; cells: { text: string }[] }[];
  csv: string;
  svg: string | null;
}

/**
 * One figure: its chart (server-rendered SVG, role="img" with title and description) and its
 * data table, folded in a disclosure under the chart, or shown at once when there is no chart.
 * Every table links its CSV file. `rowId` gives rows an anchor (the map's markers link there).
 */
export function FigureBlock({
  table,
  rowId,
  children,
}: {
  table: FigureBlockTable;
  rowId?: (key: string) => string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `figure-${table.id}`;
  const data = (
    <div className="table-scroll">
      <table className="staff-table figures-table">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length}>{t("figures:empty")}</td>
            </tr>
          ) : (
            table.rows.map((row) => (
              <tr key={row.key} id={rowId?.(row.key)}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index} className={/\d|</.test(cell.text) ? "figures-table__number" : undefined}>
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="figure-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{table.title}</h3>
      {table.svg ? (
        <>
          {/* The SVG is built on the server by Observable Plot from our own labels, escaped by its DOM. */}
          <div className="figure-chart" dangerouslySetInnerHTML={{ __html: table.svg }} />
          <details className="figure-data">
            <summary>{t("figures:showTable", { title: table.title })}</summary>
            {data}
          </details>
        </>
      ) : (
        data
      )}
      {children}
      <p className="figure-block__export">
        <a href={table.csv} download>
          {t("figures:csv", { title: table.title })}
        </a>
      </p>
    </section>
  );
}
