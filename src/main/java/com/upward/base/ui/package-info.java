/**
 * UI pieces every feature may use: formats, labels, grids helpers, error pages, and the contribution points the shell
 * collects ({@link com.upward.base.ui.NavbarWidgets}, {@link com.upward.base.ui.ProfileSections}).
 */
@NamedInterface("ui")
package com.upward.base.ui;

import org.springframework.modulith.NamedInterface;
