/**
 * The pages' only script, served as `/static/invite.js`. It only adds
 * comfort: the "copy the invite link" button, which is hidden until this
 * script shows it. Everything else works without it. Written as plain
 * browser JavaScript of 2020 so that older phones run it too.
 */
export const INVITE_SCRIPT = `'use strict';
(function () {
  function copyText(input) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(input.value);
    }
    input.select();
    return document.execCommand('copy')
      ? Promise.resolve()
      : Promise.reject(new Error('copy refused'));
  }

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var input = document.getElementById(button.getAttribute('data-copy'));
    if (!input) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      copyText(input).then(
        function () {
          button.textContent = button.getAttribute('data-done') || label;
          setTimeout(function () {
            button.textContent = label;
          }, 2500);
        },
        function () {
          input.focus();
          input.select();
        },
      );
    });
  });

  document.querySelectorAll('input[data-select]').forEach(function (input) {
    input.addEventListener('focus', function () {
      input.select();
    });
  });
})();
`;
