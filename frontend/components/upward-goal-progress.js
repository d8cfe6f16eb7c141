// <upward-goal-progress>: one goal's line in the check-in form (progress slider, status, setback box). The server
// sends the goal's title and status options with show() each time the line is attached, and keeps only the values:
// `progress`, `status` and `setback` are this element's properties, sent to the server with `goal-progress-changed`
// (decision 019).
import { LitElement, html, nothing } from 'lit';

class UpwardGoalProgress extends LitElement {
  static properties = {
    goal: { state: true },
    progress: { type: Number },
    status: { type: String },
    setback: { type: Boolean },
    readonly: { type: Boolean },
  };

  // light DOM, so the app's styles apply and the fields are found by their labels
  createRenderRoot() {
    return this;
  }

  show(goal) {
    this.goal = goal;
  }

  changed(values) {
    Object.assign(this, values);
    this.dispatchEvent(new CustomEvent('goal-progress-changed'));
  }

  render() {
    const g = this.goal;
    if (!g) {
      return nothing;
    }
    return html`
      <span class="goal-progress-title">${g.title}</span>
      <div class="goal-progress-line">
        <input type="range" min="0" max="100" step="5" .value=${String(this.progress)} ?disabled=${this.readonly}
          aria-label="Progress of ${g.title} in percent"
          @input=${(e) => { this.progress = Number(e.target.value); }}
          @change=${(e) => this.changed({ progress: Number(e.target.value) })}>
        <span class="goal-progress-value">${this.progress}%</span>
        <vaadin-select aria-label="Status of ${g.title}" ?readonly=${this.readonly}
          .items=${g.statuses.map(([value, label]) => ({ value, label }))} .value=${this.status}
          @value-changed=${(e) => { if (e.detail.value && e.detail.value !== this.status) this.changed({ status: e.detail.value }); }}>
        </vaadin-select>
      </div>
      <vaadin-checkbox label="This period's setback concerns this goal" .checked=${this.setback}
        ?readonly=${this.readonly}
        @checked-changed=${(e) => { if (e.detail.value !== this.setback) this.changed({ setback: e.detail.value }); }}>
      </vaadin-checkbox>`;
  }
}

customElements.define('upward-goal-progress', UpwardGoalProgress);
