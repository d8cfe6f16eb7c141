// <upward-user-menu>: the signed-in person (avatar, name, role) as a menu with "My profile" and "Sign out". The
// server sets `name` and `role`; a chosen item is sent back as a `user-menu-chosen` event with `detail.item`.
// Light DOM, so the app's styles (.user-trigger) apply and the menu is found like any other.
import { LitElement, html } from 'lit';
import '@vaadin/menu-bar';
import '@vaadin/avatar';

class UpwardUserMenu extends LitElement {
  static properties = {
    name: { type: String },
    role: { type: String },
  };

  createRenderRoot() {
    return this;
  }

  willUpdate() {
    this._items = [{
      component: this._trigger(),
      children: [{ text: 'My profile', item: 'profile' }, { text: 'Sign out', item: 'sign-out' }],
    }];
  }

  render() {
    return html`<vaadin-menu-bar theme="tertiary" aria-label="User menu" .items=${this._items}
      @item-selected=${this._chosen}></vaadin-menu-bar>`;
  }

  _trigger() {
    const element = (tag, className, text) => {
      const e = document.createElement(tag);
      e.className = className;
      if (text !== undefined) {
        e.textContent = text;
      }
      return e;
    };
    const avatar = document.createElement('vaadin-avatar');
    avatar.name = this.name || '';
    const who = element('div', 'user-who');
    who.append(element('span', 'user-name', this.name || ''), element('span', 'user-role', this.role || ''));
    const trigger = element('div', 'user-trigger');
    trigger.append(avatar, who);
    return trigger;
  }

  _chosen(e) {
    const item = e.detail.value && e.detail.value.item;
    if (item) {
      this.dispatchEvent(new CustomEvent('user-menu-chosen', { detail: { item } }));
    }
  }
}

customElements.define('upward-user-menu', UpwardUserMenu);
