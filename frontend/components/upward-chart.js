// <upward-chart>: a small wrapper around Chart.js. The server sets `data` (title, type, labels, series, unit, max)
// and `summary` (the text alternative). Colours come from CSS custom properties, so light and dark themes both work.
import { LitElement, html, css } from 'lit';
import {
  Chart, LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip,
} from 'chart.js';

Chart.register(LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip);

class UpwardChart extends LitElement {
  static properties = {
    data: { type: Object },
    summary: { type: String },
  };

  static styles = css`
    :host { display: block; }
    figure { margin: 0; }
    figcaption { font-weight: 600; margin-bottom: 0.5rem; }
    .canvas { position: relative; height: var(--upward-chart-height, 220px); }
    .sr-only {
      position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
      clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
    }
  `;

  render() {
    const d = this.data || { labels: [], series: [] };
    return html`
      <figure>
        <figcaption>${d.title}</figcaption>
        <div class="canvas"><canvas role="img" aria-label="${this.summary || d.title}"></canvas></div>
        <table class="sr-only">
          <caption>${this.summary}</caption>
          <thead><tr><th scope="col">${d.categoryLabel || ''}</th>
            ${(d.series || []).map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
          <tbody>${(d.labels || []).map((label, i) => html`<tr><th scope="row">${label}</th>
            ${(d.series || []).map((s) => html`<td>${s.values[i] == null ? '–' : s.values[i]}</td>`)}</tr>`)}
          </tbody>
        </table>
      </figure>`;
  }

  /**
   * A CSS colour (variables, light-dark(), oklch…) as the rgba() string Chart.js understands: the browser computes
   * the value, a 1×1 canvas turns it into sRGB bytes (Chart.js cannot parse oklch, which Aura uses).
   */
  resolve(cssColor) {
    const probe = document.createElement('span');
    probe.style.color = cssColor;
    probe.style.display = 'none';
    this.renderRoot.appendChild(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    if (!this.pixel) {
      this.pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      this.pixel.canvas.width = 1;
      this.pixel.canvas.height = 1;
    }
    this.pixel.clearRect(0, 0, 1, 1);
    this.pixel.fillStyle = computed;
    this.pixel.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = this.pixel.getImageData(0, 0, 1, 1).data;
    return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 100) / 100})`;
  }

  color(index) {
    return this.resolve(`var(--upward-chart-${(index % 4) + 1}, #3a5bd9)`);
  }

  updated() {
    const d = this.data;
    if (!d) {
      return;
    }
    const text = this.resolve('var(--upward-chart-text, currentColor)');
    const grid = this.resolve('var(--upward-chart-grid, rgba(127, 127, 127, 0.2))');
    const config = {
      type: d.type === 'bar' ? 'bar' : 'line',
      data: {
        labels: d.labels,
        datasets: d.series.map((s, i) => ({
          label: s.label, data: s.values, borderColor: this.color(i), backgroundColor: this.color(i),
          tension: 0.25, spanGaps: true,
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { labels: { color: text } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.formattedValue}${d.unit || ''}` } },
        },
        scales: {
          x: { ticks: { color: text }, grid: { color: grid } },
          y: { beginAtZero: true, max: d.max == null ? undefined : d.max, ticks: { color: text }, grid: { color: grid } },
        },
      },
    };
    // the canvas draws its text in the page's font (the app's web font, decision 028); drawn before that font has
    // loaded, it is drawn again once it has
    Chart.defaults.font.family = getComputedStyle(this).fontFamily;
    const canvas = this.renderRoot.querySelector('canvas');
    if (this.chart) {
      this.chart.destroy();
    }
    const chart = new Chart(canvas, config);
    this.chart = chart;
    document.fonts.ready.then(() => {
      if (this.chart === chart) {
        chart.draw();
      }
    });
  }

  connectedCallback() {
    super.connectedCallback();
    // the page follows the system's light or dark setting: redraw with the other palette when it changes
    this.schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.onSchemeChange = () => this.requestUpdate();
    this.schemeQuery.addEventListener('change', this.onSchemeChange);
    if (this.hasUpdated) {
      // moved in the page (the router moves the first view into its outlet): the chart was destroyed on the way out
      this.requestUpdate();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.schemeQuery.removeEventListener('change', this.onSchemeChange);
    if (this.chart) {
      this.chart.destroy();
      this.chart = undefined;
    }
  }
}

customElements.define('upward-chart', UpwardChart);
