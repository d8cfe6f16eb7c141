/** The texts people read, in their language: message bundles and the person's chosen language. */
@NamedInterface("i18n")
package com.upward.base.i18n;

import org.springframework.modulith.NamedInterface;
