// The base of every light element (decision 022; com.upward.base.ui.light.LightElement is the server side). One
// convention for all of them:
// - the server sends what the element shows with show(data), each time the element is attached or changes, and
//   keeps none of it; `data` is a state property;
// - what the user may change is a typed property in `static properties`, sent with the event;
// - the element sends one event, `light-action`, with the detail { action, value } (two strings).
// Light DOM, so the app's styles apply and the content is in the page like any other text.
import { LitElement } from 'lit';

export class LightElement extends LitElement {
  static properties = { data: { state: true } };

  createRenderRoot() {
    return this;
  }

  show(data) {
    this.data = data;
  }

  act(action, value = '') {
    this.dispatchEvent(new CustomEvent('light-action', { detail: { action, value: String(value) } }));
  }
}
