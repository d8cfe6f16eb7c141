// <upward-user-menu>: the signed-in person (avatar, name, role) as a menu with "My profile" and "Sign out", a light
// element (light-element.js). The server shows { name, role, label, profile, signOut } (the last three are the menu's
// words in the reader's language); a chosen item is sent as the action `choose` with the item as its value.
import { html, nothing } from 'lit';
import '@vaadin/menu-bar';
import '@vaadin/avatar';
import { LightElement } from './light-element.js';

class UpwardUserMenu extends LightElement {
  willUpdate() {
    this._items = [{
      component: this._trigger(),
      children: [{ text: this.data?.profile, item: 'profile' }, { text: this.data?.signOut, item: 'sign-out' }],
    }];
  }

  render() {
    if (!this.data) {
      return nothing;
    }
    return html`<vaadin-menu-bar theme="tertiary" aria-label=${this.data.label} .items=${this._items}
      @item-selected=${this._chosen}></vaadin-menu-bar>`;
  }

  _trigger() {
    const { name = '', role = '' } = this.data || {};
    const element = (tag, className, text) => {
      const e = document.createElement(tag);
      e.className = className;
      if (text !== undefined) {
        e.textContent = text;
      }
      return e;
    };
    const avatar = document.createElement('vaadin-avatar');
    avatar.name = name;
    const who = element('div', 'user-who');
    who.append(element('span', 'user-name', name), element('span', 'user-role', role));
    const trigger = element('div', 'user-trigger');
    trigger.append(avatar, who);
    return trigger;
  }

  _chosen(e) {
    const item = e.detail.value && e.detail.value.item;
    if (item) {
      this.act('choose', item);
    }
  }
}

customElements.define('upward-user-menu', UpwardUserMenu);
