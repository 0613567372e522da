// ucdhcp: copy buttons, topology fields, field states after htmx swaps. No inline script: the CSP forbids it.
(function () {
	'use strict';

	function copyText(text, button) {
		var done = function () {
			var label = button.textContent;
			button.textContent = 'Copied';
			button.classList.add('done');
			setTimeout(function () { button.textContent = label; button.classList.remove('done'); }, 1500);
		};
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
		} else {
			fallbackCopy(text);
			done();
		}
	}

	function fallbackCopy(text) {
		var area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.className = 'offscreen';
		document.body.appendChild(area);
		area.select();
		try { document.execCommand('copy'); } catch (e) { /* nothing else to try */ }
		document.body.removeChild(area);
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest('button.copy');
		if (!button) { return; }
		if (button.dataset.copyUrl) {
			copyText(new URL(button.dataset.copyUrl, window.location.href).href, button);
		} else if (button.dataset.copy) {
			var source = document.querySelector(button.dataset.copy);
			if (source) { copyText(source.textContent, button); }
		}
	});

	// Director and SBA fields only matter for their topology; hidden ones are disabled so they are not sent.
	var shownFor = { pool: [], director: ['director'], sba: ['director', 'sba'] };

	function applyTopology() {
		var checked = document.querySelector('input[name="topology"]:checked');
		if (!checked) { return; }
		['director', 'sba'].forEach(function (name) {
			var field = document.querySelector('.field-' + name);
			if (!field) { return; }
			var shown = shownFor[checked.value].indexOf(name) >= 0;
			field.hidden = !shown;
			field.querySelector('input').disabled = !shown;
		});
	}

	function markInvalidFields() {
		document.querySelectorAll('.field .field-error').forEach(function (error) {
			var input = document.getElementById('f-' + error.id.slice(2));
			if (input) { input.setAttribute('aria-invalid', error.textContent.trim() ? 'true' : 'false'); }
		});
	}

	document.addEventListener('change', function (event) {
		if (event.target.name === 'topology') { applyTopology(); }
	});
	document.addEventListener('htmx:afterSettle', markInvalidFields);
	document.addEventListener('htmx:beforeRequest', function () {
		var result = document.getElementById('result');
		if (result) { result.setAttribute('aria-busy', 'true'); }
	});
	document.addEventListener('DOMContentLoaded', function () {
		document.documentElement.classList.add('js');
		applyTopology();
	});
})();
