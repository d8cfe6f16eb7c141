// <upward-goal-progress>: one goal's line in the check-in form (progress slider, status, setback box), a light
// element (light-element.js). The server shows the goal's title and status options and keeps only the values:
// `progress`, `status` and `setback` are typed properties, sent with the action `change` (decisions 019 and 022).
// Its own words come from the server in the reader's language (`texts`, issue 25).
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';

class UpwardGoalProgress extends LightElement {
  static properties = {
    ...LightElement.properties,
    progress: { type: Number },
    status: { type: String },
    setback: { type: Boolean },
    readonly: { type: Boolean },
  };

  changed(values) {
    Object.assign(this, values);
    this.act('change', Object.keys(values)[0]);
  }

  render() {
    const g = this.data;
    if (!g) {
      return nothing;
    }
    return html`
      <span class="goal-progress-title">${g.title}</span>
      <div class="goal-progress-line">
        <input type="range" min="0" max="100" step="5" .value=${String(this.progress)} ?disabled=${this.readonly}
          aria-label=${g.texts.progressName}
          @input=${(e) => { this.progress = Number(e.target.value); }}
          @change=${(e) => this.changed({ progress: Number(e.target.value) })}>
        <span class="goal-progress-value">${this.progress}%</span>
        <vaadin-select aria-label=${g.texts.statusName} ?readonly=${this.readonly}
          .items=${g.statuses.map(([value, label]) => ({ value, label }))} .value=${this.status}
          @value-changed=${(e) => { if (e.detail.value && e.detail.value !== this.status) this.changed({ status: e.detail.value }); }}>
        </vaadin-select>
      </div>
      <vaadin-checkbox label=${g.texts.setback} .checked=${this.setback}
        ?readonly=${this.readonly}
        @checked-changed=${(e) => { if (e.detail.value !== this.setback) this.changed({ setback: e.detail.value }); }}>
      </vaadin-checkbox>`;
  }
}

customElements.define('upward-goal-progress', UpwardGoalProgress);
