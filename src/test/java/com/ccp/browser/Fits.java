package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What every screen must hold at 1440×900 and 1024×768: no sideways scrolling (of the page or of a
 * grid) and no label, heading, tab, column header, badge, button or placeholder wider than its box.
 */
final class Fits {

    private Fits() {
    }

    static void assertFits(Browser browser, String where) {
        assertThat(problems(browser)).as(where + ": sideways scrolling or text cut off").isEmpty();
    }

    /** What does not fit on the screen shown now, in words; empty when everything fits. */
    @SuppressWarnings("unchecked")
    static List<String> problems(Browser browser) {
        return (List<String>) browser.script("""
                const out = [];
                if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
                  out.push('the page scrolls sideways');
                }
                const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
                const check = (el, what) => {
                  if (visible(el) && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
                    out.push(what + ': ' + (el.textContent || '').trim().slice(0, 60));
                  }
                };
                document.querySelectorAll('label, .card-label, .card-value, vaadin-tab, h2, h3, h4, vaadin-grid-sorter,'
                    + ' .session-meta span, .badge, .download-link')
                  .forEach(el => check(el, el.tagName.toLowerCase()));
                document.querySelectorAll('vaadin-grid').forEach(grid => {
                  const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                  if (table && visible(grid) && table.scrollWidth > table.clientWidth + 1) {
                    out.push('grid ' + (grid.id || '') + ' scrolls sideways');
                  }
                });
                document.querySelectorAll('vaadin-grid-cell-content').forEach(cell => {
                  const text = (cell.textContent || '').trim();
                  const slot = cell.assignedSlot;
                  const td = slot && slot.parentElement;
                  const header = td && td.localName === 'th';
                  // headers, amounts, counts and IDs must show whole; a long name may end in an ellipsis
                  if (header || cell.querySelector('vaadin-grid-sorter') || /^[-+$0-9—]/.test(text)) {
                    check(cell, header ? 'header' : 'cell');
                  }
                });
                document.querySelectorAll('vaadin-grid-sorter').forEach(sorter => {
                  const content = sorter.shadowRoot && sorter.shadowRoot.querySelector('[part=content]');
                  if (content) check(content, 'header ' + sorter.textContent.trim());
                  const cell = sorter.closest('vaadin-grid-cell-content');
                  const slot = cell && cell.assignedSlot;
                  const td = slot && slot.parentElement;
                  if (td && sorter.getBoundingClientRect().right > td.getBoundingClientRect().right + 1) {
                    out.push('header ' + sorter.textContent.trim() + ' runs out of its cell');
                  }
                });
                document.querySelectorAll('vaadin-grid .badge').forEach(badge => {
                  const cell = badge.closest('vaadin-grid-cell-content');
                  const slot = cell && cell.assignedSlot;
                  const td = slot && slot.parentElement;
                  if (td && visible(badge) && badge.getBoundingClientRect().right > td.getBoundingClientRect().right + 1) {
                    out.push('badge ' + badge.textContent.trim() + ' runs out of its cell');
                  }
                });
                document.querySelectorAll('vaadin-button').forEach(b => {
                  const label = b.shadowRoot && b.shadowRoot.querySelector('[part=label]');
                  if (label) check(label, 'button ' + b.textContent.trim());
                });
                const canvas = document.createElement('canvas').getContext('2d');
                document.querySelectorAll('input[placeholder]').forEach(input => {
                  const style = getComputedStyle(input);
                  canvas.font = style.font;
                  const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                  if (visible(input) && input.clientWidth > 0 && input.placeholder
                      && canvas.measureText(input.placeholder).width > room + 1) {
                    out.push('placeholder: ' + input.placeholder);
                  }
                });
                return out;""");
    }
}
