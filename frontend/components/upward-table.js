// <upward-table>: one page of a long list, drawn in the browser, a light element (light-element.js). The server
// shows the columns, the rows of the page, the sort and where the page is in the list, and keeps none of it; the
// actions are open, row:<key>, sort and page (decisions 019 and 022). Its own words (`texts`) come from the server
// in the reader's language (issue 25).
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';

class UpwardTable extends LightElement {
  render() {
    const p = this.data;
    if (!p) {
      return nothing;
    }
    const last = Math.max(0, Math.ceil(p.total / p.pageSize) - 1);
    const current = Math.floor(p.offset / p.pageSize);
    const t = p.texts;
    return html`
      <div class="table-scroll">
        <table aria-label="${p.label}" aria-rowcount="${p.total + 1}">
          <thead><tr>${p.columns.map((c) => this.header(p, c))}${p.actions.length
            ? html`<th scope="col">${t.actions}</th>` : nothing}</tr></thead>
          <tbody>
            ${p.rows.length === 0
              ? html`<tr><td class="table-empty" colspan="${p.columns.length + (p.actions.length ? 1 : 0)}">${p.emptyText}</td></tr>`
              : p.rows.map((row, i) => this.row(p, row, p.offset + i + 2))}
          </tbody>
        </table>
      </div>
      ${p.total > p.pageSize ? html`
        <nav class="table-pager" aria-label="${t.pages}">
          <span class="table-range">${t.range}</span>
          ${this.pageButton(t.firstPage, '«', 0, current === 0)}
          ${this.pageButton(t.previousPage, '‹', current - 1, current === 0)}
          <span class="table-page">${t.page}</span>
          ${this.pageButton(t.nextPage, '›', current + 1, current >= last)}
          ${this.pageButton(t.lastPage, '»', last, current >= last)}
        </nav>` : nothing}`;
  }

  header(p, column) {
    const sorted = p.sortKey === column.key;
    const direction = sorted ? (p.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" class="${column.numeric ? 'num' : ''}" aria-sort="${column.sortable ? direction : nothing}">
      ${column.sortable
        ? html`<button type="button" class="table-sort" @click=${() => this.act('sort', column.key)}>
            ${column.header}<span class="table-sort-mark" aria-hidden="true">${sorted ? (p.descending ? '↓' : '↑') : '↕'}</span>
          </button>`
        : column.header}</th>`;
  }

  row(p, row, rowIndex) {
    const opens = p.openColumn >= 0;
    return html`<tr aria-rowindex="${rowIndex}" class="${opens ? 'opens' : ''} ${row.tone || ''}"
        title="${row.title || nothing}" @click=${opens ? () => this.act('open', row.id) : nothing}>
      ${row.cells.map((cell, i) => html`<td class="${p.columns[i].numeric ? 'num' : ''} ${p.columns[i].className}">${i === p.openColumn
        ? html`<button type="button" class="table-open" aria-label="${p.openLabel} ${cell}"
            @click=${(e) => { e.stopPropagation(); this.act('open', row.id); }}>${cell}</button>`
        : cell}</td>`)}${p.actions.length ? html`<td class="table-actions">${p.actions.map((a, i) => html`
        <vaadin-button theme="small${a.primary ? ' primary' : ''}" aria-label="${row.actionLabels[i]}"
          @click=${(e) => { e.stopPropagation(); this.act(`row:${a.key}`, row.id); }}>${a.label}</vaadin-button>`)}</td>`
        : nothing}
    </tr>`;
  }

  pageButton(label, mark, page, disabled) {
    return html`<button type="button" class="table-page-button" aria-label="${label}" title="${label}"
      ?disabled=${disabled} @click=${() => this.act('page', page)}>${mark}</button>`;
  }
}

customElements.define('upward-table', UpwardTable);
