// Member form: choosing a Hecht account fills the name, organisation and discipline that the account gives, in the
// fields that are still empty (or still hold what an earlier choice filled in). Without JavaScript the server does
// the same when the form is saved. Texts are set as text, never as HTML.
(function () {
  var account = document.querySelector('select[data-member-account]');
  if (!account) {
    return;
  }
  var form = account.form;
  var name = form.querySelector('#personName');
  var organisation = form.querySelector('#organisationId');
  var discipline = form.querySelector('#disciplineCode');
  var filled = { name: null, organisation: null, discipline: null };

  function same(a, b) {
    return (a || '').trim().toLowerCase() === (b || '').trim().toLowerCase();
  }

  function choose(select, text, key) {
    if (!select || !text) {
      return;
    }
    if (select.value !== '' && select.value !== filled[key]) {
      return; // chosen by hand: keep it
    }
    for (var i = 0; i < select.options.length; i++) {
      var option = select.options[i];
      if (option.value !== '' && (same(option.text, text) || same(option.value, text))) {
        select.value = option.value;
        filled[key] = option.value;
        return;
      }
    }
  }

  account.addEventListener('change', function () {
    var option = account.options[account.selectedIndex];
    if (!option || option.value === '') {
      return;
    }
    var accountName = option.getAttribute('data-name');
    if (name && accountName && (name.value.trim() === '' || name.value === filled.name)) {
      name.value = accountName;
      filled.name = accountName;
    }
    choose(organisation, option.getAttribute('data-organisation'), 'organisation');
    choose(discipline, option.getAttribute('data-discipline'), 'discipline');
  });
})();
