// Filters a list of units as the officer types: every word, in any order, diacritics and case ignored
// (the same folding as the server's search). Without JavaScript the whole list stays, nothing is lost.
(function () {
  function fold(text) {
    return text.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input.tree-filter')) return;
    var list = document.getElementById(input.getAttribute('aria-controls'));
    if (!list) return;
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    list.querySelectorAll('li[data-key]').forEach(function (item) {
      var key = item.getAttribute('data-key');
      var match = words.every(function (w) { return key.indexOf(w) >= 0; });
      item.hidden = !match;
      if (match) shown++;
    });
    var status = document.getElementById(input.getAttribute('aria-controls') + '-status');
    if (status) status.textContent = words.length ? shown + ' đơn vị khớp' : '';
  });
})();
