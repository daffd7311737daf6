/*
 * The pages' only script, served as /static/invite.js and read once at
 * start-up. It only adds comfort: the "copy the invite link" button,
 * which is hidden until this script shows it. Everything else works
 * without it. Written as plain browser JavaScript of 2020 so that older
 * phones run it too.
 */
// biome-ignore lint/suspicious/noRedundantUseStrict: not a module
'use strict';
(() => {
  function copyText(input) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(input.value);
    }
    input.select();
    return document.execCommand('copy')
      ? Promise.resolve()
      : Promise.reject(new Error('copy refused'));
  }

  document.querySelectorAll('button[data-copy]').forEach((button) => {
    const input = document.getElementById(button.getAttribute('data-copy'));
    if (!input) return;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', () => {
      copyText(input).then(
        () => {
          button.textContent = button.getAttribute('data-done') || label;
          setTimeout(() => {
            button.textContent = label;
          }, 2500);
        },
        () => {
          input.focus();
          input.select();
        },
      );
    });
  });

  document.querySelectorAll('input[data-select]').forEach((input) => {
    input.addEventListener('focus', () => {
      input.select();
    });
  });
})();
