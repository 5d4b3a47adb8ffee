/*
 * The vote page's ballots, cast without reloading the page: a ballot form marked with
 * data-cast (its motion, voter and the address to post to) is sent with fetch to
 * /api/assembly/ballots, and the answer's sentence and receipt code are shown in the form's
 * status region (announced by screen readers); a ballot that does not fit shows the server's
 * translated sentence next to the choices. Any other answer (signed out, refused, server error,
 * no network) sends the form itself, as without this script, so the page's own messages apply.
 */
(function () {
  'use strict';

  function fields(form) {
    var body = new URLSearchParams();
    body.append('motion', form.dataset.motion);
    body.append('voter', form.dataset.voter);
    form.querySelectorAll('input[type=radio]:checked, input[type=checkbox]:checked')
      .forEach(function (input) { body.append('choice', input.value); });
    form.querySelectorAll('input[data-option]').forEach(function (input) {
      if (input.value.trim() !== '') {
        body.append('split:' + input.dataset.option, input.value);
      }
    });
    return body;
  }

  // The regions stay in the page, empty, so that screen readers announce what is put in them.
  function show(region, boxClass, lines) {
    region.replaceChildren();
    if (lines.length > 0) {
      var box = document.createElement('div');
      box.className = boxClass;
      lines.forEach(function (line) { box.appendChild(line); });
      region.appendChild(box);
    }
  }

  function paragraph(text) {
    var p = document.createElement('p');
    p.textContent = text;
    return p;
  }

  function receiptOf(answer) {
    var p = document.createElement('p');
    p.appendChild(document.createTextNode(answer.codeLabel + ': '));
    var code = document.createElement('code');
    code.className = 'spokes-receipt';
    code.textContent = answer.receipt;
    p.appendChild(code);
    return p;
  }

  function cast(form, button) {
    var status = form.querySelector('.spokes-cast-status');
    var error = form.querySelector('.spokes-cast-error');
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    return fetch(form.dataset.cast, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Spokes-Page': '1', 'Accept': 'application/json' },
      body: fields(form)
    }).then(function (response) {
      var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (!json || (response.status !== 200 && response.status !== 400)) {
        throw new Error('answered ' + response.status);
      }
      return response.json().then(function (answer) {
        if (response.status === 400) {
          show(error, 'ui-message ui-message-error', [paragraph(answer.message)]);
          return;
        }
        show(error, '', []);
        show(status, 'spokes-receipts',
          [paragraph(answer.message), receiptOf(answer), paragraph(answer.hint)]);
        var label = button.querySelector('.ui-button-text');
        if (label && form.dataset.changeLabel) {
          label.textContent = form.dataset.changeLabel;
        }
        if (!answer.changeable) {
          form.querySelectorAll('input').forEach(function (input) { input.disabled = true; });
          button.remove();
        }
      });
    }).catch(function () {
      // Not an answer this script knows: the form goes the way it would without it.
      form.dataset.plain = 'true';
      button.disabled = false;
      button.click();
    }).finally(function () {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    if (!form.dataset || !form.dataset.cast || form.dataset.plain === 'true' || !window.fetch
        || !button || !/:cast$/.test(button.id)) {
      return;
    }
    event.preventDefault();
    cast(form, button);
  });
}());
