// <upward-radio-group>: a single choice from a few options (com.upward.base.ui.light.LightRadioGroup), a light
// element (light-element.js) that draws Vaadin's radio group and its buttons. It is shown { options: [[value,
// label]], theme }; the field's own state (value, label, readonly, required, invalid, errorMessage) is typed
// properties the server sets. The user's pick is sent as the action `choose` (decisions 018 and 022).
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';

class UpwardRadioGroup extends LightElement {
  static properties = {
    ...LightElement.properties,
    value: { type: String },
    label: { type: String },
    readonly: { type: Boolean },
    required: { type: Boolean },
    invalid: { type: Boolean },
    errorMessage: { type: String },
  };

  chosen(value) {
    if (value !== (this.value ?? '')) {
      this.value = value;
      this.act('choose', value);
    }
  }

  render() {
    if (!this.data) {
      return nothing;
    }
    return html`
      <vaadin-radio-group .label=${this.label ?? ''} .value=${this.value ?? ''} ?readonly=${this.readonly}
        ?required=${this.required} ?invalid=${this.invalid} .errorMessage=${this.errorMessage ?? ''}
        theme=${this.data.theme || nothing}
        @value-changed=${(e) => this.chosen(e.detail.value)}>
        ${this.data.options.map(([value, label]) => html`
          <vaadin-radio-button .value=${value} .label=${label}></vaadin-radio-button>`)}
      </vaadin-radio-group>`;
  }
}

customElements.define('upward-radio-group', UpwardRadioGroup);
