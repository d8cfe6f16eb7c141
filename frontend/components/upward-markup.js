// <upward-markup>: a read-only block of markup built on the server (every text escaped there, Markup.text), a light
// element (light-element.js) that is shown { html } and keeps nothing on the server (decisions 019 and 022).
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { LightElement } from './light-element.js';

class UpwardMarkup extends LightElement {
  render() {
    return this.data ? unsafeHTML(this.data.html) : nothing;
  }
}

customElements.define('upward-markup', UpwardMarkup);
