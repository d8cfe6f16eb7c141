// <upward-goal>: a part of a goal's panel on the goals page, a light element (light-element.js). The server shows
// either the goal ({ part: 'goal', title, badges, progress, facts, progressSource, followable, pivotedTo, why,
// success, milestones, editable, adderOpen }) or the comments' toggle ({ part: 'comments', title, comments, open }).
// Actions: edit, status, add, comments, follow; up, down, remove, done and reopen with a milestone's id as the value
// (decision 022). Every word of its own comes from the server in the reader's language: `texts` of the goal, of
// each milestone and of the comments' toggle (issue 25).
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';

class UpwardGoal extends LightElement {
  render() {
    const g = this.data;
    if (!g) {
      return nothing;
    }
    return g.part === 'comments' ? this.commentsToggle(g) : this.goal(g);
  }

  goal(g) {
    return html`
      <div class="goal-head">
        <div class="goal-headline"><h3>${g.title}</h3>${g.badges.map((b) => html`<span
          class="status-badge ${b.className}">${b.text}</span>`)}</div>
        ${g.editable ? html`
          ${this.button('edit', { icon: 'vaadin:edit', text: g.texts.edit, name: g.texts.editName })}
          ${this.button('status', { text: g.texts.status, name: g.texts.statusName })}` : nothing}
      </div>
      <div class="goal-summary">
        <vaadin-progress-bar min="0" max="100" .value=${g.progress}
          aria-label=${g.texts.progressName}></vaadin-progress-bar>
        <span class="goal-facts">${g.facts}</span>
        <span class="goal-progress-source">${g.progressSource}${g.followable ? this.button('follow',
          { text: g.texts.follow, name: g.texts.followName })
          : nothing}</span>
        ${g.texts.pivotedTo ? html`<p class="goal-pivot">${g.texts.pivotedTo}</p>` : nothing}
        ${g.why || g.success ? html`<details class="goal-why"><summary>${g.texts.whyAndHow}</summary>
          ${g.texts.why ? html`<p>${g.texts.why}</p>` : nothing}
          ${g.texts.success ? html`<p>${g.texts.success}</p>` : nothing}
        </details>` : nothing}
      </div>
      <div class="milestones" role="list">
        ${g.milestones.map((m, i) => this.milestone(g, m, i))}
        ${g.milestones.length === 0 ? html`<span>${g.texts.noMilestones}</span>` : nothing}
      </div>
      ${g.editable && !g.adderOpen ? html`<div class="milestone-adder">${this.button('add',
        { icon: 'vaadin:plus', text: g.texts.addMilestone, name: g.texts.addMilestoneName })}</div>` : nothing}`;
  }

  milestone(g, m, i) {
    const step = (action, icon, enabled) => this.button(action,
      { step: m.id, icon, name: m.texts[action], enabled, theme: ' small icon' });
    // the checkbox's native input (in its light DOM) sends the change, so it is counted once
    return html`<div class="milestone" role="listitem">
      <vaadin-checkbox data-step=${g.editable ? m.id : nothing} ?readonly=${!g.editable} .checked=${m.done}
        label=${m.title}
        @change=${(e) => { if (e.target.localName === 'input') this.act(e.target.checked ? 'done' : 'reopen', m.id); }}>
      </vaadin-checkbox>
      ${g.editable ? html`<span class="milestone-actions">
        ${step('up', 'vaadin:arrow-up', i > 0)}
        ${step('down', 'vaadin:arrow-down', i < g.milestones.length - 1)}
        ${step('remove', 'vaadin:trash', true)}</span>` : nothing}
    </div>`;
  }

  commentsToggle(c) {
    return html`<div class="goal-comments-toggle">${this.button('comments', {
      icon: c.open ? 'vaadin:angle-down' : 'vaadin:angle-right', text: c.texts.toggle,
      name: c.texts.toggleName, expanded: String(c.open) })}</div>`;
  }

  /** A button; without text its name is also its tooltip. */
  button(action, { step, icon, text, name, enabled = true, theme = '', expanded }) {
    return html`<vaadin-button theme="tertiary${theme}" data-action=${action} data-step=${step ?? nothing}
      aria-label=${name} title=${text ? nothing : name} aria-expanded=${expanded ?? nothing} ?disabled=${!enabled}
      @click=${() => this.act(action, step ?? '')}>${icon ? html`<vaadin-icon icon=${icon}
      slot=${text ? 'prefix' : nothing}></vaadin-icon>` : nothing}${text ?? nothing}</vaadin-button>`;
  }
}

customElements.define('upward-goal', UpwardGoal);
