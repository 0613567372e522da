// ucdhcp: copy, history, held errors, stale result, status line, keys, theme. No inline script: the CSP forbids it.
(function () {
	'use strict';
	var root = document.documentElement;
	root.classList.add('js');

	function stored(key, value) {
		try {
			if (value === undefined) { return window.localStorage.getItem('ucdhcp.' + key); }
			window.localStorage.setItem('ucdhcp.' + key, value);
		} catch (e) { /* storage off: the page works, it just forgets */ }
		return null;
	}
	if (stored('theme')) { root.dataset.theme = stored('theme'); }

	function $(selector) { return document.querySelector(selector); }

	// One persistent status line: screen readers hear each update once, the swapped result stays silent.
	function say(text) {
		var status = $('#status');
		if (status && status.textContent !== text) { status.textContent = text; }
	}

	function copyText(text, button, what) {
		var report = function (ok) {
			say(ok ? what + ' copied to the clipboard.' : 'Could not copy ' + what.toLowerCase() + ': select it and press Ctrl+C.');
			if (!button) { return; }
			var label = button.textContent;
			button.textContent = ok ? 'Copied' : 'Copy failed';
			button.classList.add(ok ? 'done' : 'failed');
			setTimeout(function () { button.textContent = label; button.classList.remove('done', 'failed'); }, 1500);
		};
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(text).then(function () { report(true); }, function () { report(fallbackCopy(text)); });
		} else {
			report(fallbackCopy(text));
		}
	}

	function fallbackCopy(text) {
		var area = document.createElement('textarea');
		var ok = false;
		area.value = text;
		area.setAttribute('readonly', '');
		area.className = 'offscreen';
		document.body.appendChild(area);
		area.select();
		try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
		document.body.removeChild(area);
		return ok;
	}

	function copyConfig(button) {
		var config = $('#config-text');
		if (config) { copyText(config.textContent, button || $('.toolbar .copy.primary'), 'Config'); }
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest('button');
		if (!button) { return; }
		if (button.classList.contains('copy')) {
			if (button.dataset.copyUrl) {
				copyText(new URL(button.dataset.copyUrl, window.location.href).href, button, 'Link');
			} else if (button.dataset.copy === '#config-text') {
				copyConfig(button);
			} else if (button.dataset.copy) {
				var source = $(button.dataset.copy);
				if (source) { copyText(source.textContent, button, 'Value'); }
			}
		} else if (button.classList.contains('fix')) {
			var input = document.getElementById(button.dataset.fixFor);
			fresh[input.name] = false;
			input.value = button.dataset.fix;
			input.focus();
			input.dispatchEvent(new Event('change', { bubbles: true }));
		} else if (button.classList.contains('wrap')) {
			wrap = !wrap;
			stored('wrap', wrap ? '1' : '0');
			applyWrap();
		} else if (button.id === 'theme') {
			root.dataset.theme = dark() ? 'light' : 'dark';
			stored('theme', root.dataset.theme);
			applyTheme();
		} else if (button.classList.contains('print')) {
			window.print();
		}
	});

	var wrap = stored('wrap') === '1';
	function applyWrap() {
		var config = $('#config-text');
		if (config) { config.classList.toggle('wrapped', wrap); }
		document.querySelectorAll('button.wrap').forEach(function (b) { b.setAttribute('aria-pressed', String(wrap)); });
	}

	function dark() {
		return root.dataset.theme ? root.dataset.theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
	}
	function applyTheme() {
		var button = $('#theme');
		if (button) { button.setAttribute('aria-pressed', String(dark())); }
	}

	// Director and SBA fields only matter for their topology; hidden ones are disabled so they are not sent.
	var shownFor = { pool: [], director: ['director'], sba: ['director', 'sba'] };
	function applyTopology() {
		var checked = $('input[name="topology"]:checked');
		if (!checked) { return; }
		['director', 'sba'].forEach(function (name) {
			var field = $('.field-' + name);
			if (!field) { return; }
			var shown = shownFor[checked.value].indexOf(name) >= 0;
			field.hidden = !shown;
			field.querySelector('input').disabled = !shown;
		});
	}

	// A field typed into for the first time shows its format error only when it loses focus or after 1 s idle:
	// "lync" is not wrong, just not finished.
	var fresh = {};
	var idle = {};
	function reveal(name) {
		fresh[name] = false;
		refresh();
	}
	document.addEventListener('input', function (event) {
		var name = event.target.name;
		if (!fresh[name]) { return; }
		clearTimeout(idle[name]);
		idle[name] = setTimeout(function () { reveal(name); }, 1000);
	});
	document.addEventListener('focusout', function (event) {
		if (fresh[event.target.name]) { reveal(event.target.name); }
	});

	function shownErrors() {
		var labels = [];
		// one message per field (e-<name>); the sites table's per-line messages have no id and are not fields
		document.querySelectorAll('.field .field-error[id^="e-"]').forEach(function (error) {
			var name = error.id.slice(2);
			var input = document.getElementById('f-' + name);
			var held = !!fresh[name] && error.textContent.trim() !== '';
			error.classList.toggle('held', held);
			var invalid = error.textContent.trim() !== '' && !held;
			if (input) { input.setAttribute('aria-invalid', String(invalid)); }
			var label = $('label[for="f-' + name + '"]');
			if (invalid) { labels.push(label ? label.textContent : name); }
		});
		var vendor = $('#e-vendor');
		if (vendor && vendor.textContent.trim()) { labels.push('DHCP server'); }
		return labels;
	}

	function refresh() {
		var labels = shownErrors();
		var result = $('#result');
		var banner = $('#fix-banner');
		var verdict = $('#h-verdict');
		if (!result) {
			if (verdict) { say(verdict.textContent); }
			return;
		}
		result.setAttribute('aria-busy', 'false');
		var stale = result.classList.contains('stale');
		if (banner) { banner.hidden = !(stale && labels.length); }
		if (labels.length) {
			say('Fix ' + labels.join(', ') + (stale ? ': the config shown is from your last valid input.' : '.'));
		} else {
			say(result.dataset.status || '');
		}
		applyWrap();
	}

	// An invalid answer keeps the last valid result (dimmed) instead of wiping it; the field messages still arrive.
	document.addEventListener('htmx:beforeSwap', function (event) {
		var result = event.detail.target;
		if (!result || result.id !== 'result' || typeof event.detail.serverResponse !== 'string') { return; }
		if (event.detail.serverResponse.indexOf('data-state="invalid"') < 0) { return; }
		var state = result.classList.contains('stale') ? 'valid' : result.dataset.state;
		if (state === 'valid') {
			event.detail.swapOverride = 'none';
			result.classList.add('stale');
		} else if (state === 'empty' && onlyHeldErrors(event.detail.serverResponse)) {
			event.detail.swapOverride = 'none';
		}
	});

	function onlyHeldErrors(html) {
		var doc = new DOMParser().parseFromString(html, 'text/html');
		return Array.prototype.every.call(doc.querySelectorAll('.field-error'), function (error) {
			return error.textContent.trim() === '' || !!fresh[error.id.slice(2)];
		});
	}

	// History: typing replaces the current entry (the first keystroke after a committed change starts a new one);
	// committed changes (a vendor or topology, Enter, leaving a changed field) push; the same URL is never pushed.
	var trigger = '';
	var typing = false;
	var quiet = false;
	document.addEventListener('htmx:configRequest', function (event) {
		var triggering = event.detail.triggeringEvent;
		trigger = quiet ? 'quiet' : (triggering ? triggering.type : '');
		quiet = false;
	});
	document.addEventListener('htmx:beforeHistoryUpdate', function (event) {
		var history = event.detail.history;
		if (trigger === 'input') {
			history.type = typing ? 'replace' : 'push';
			typing = true;
		} else {
			typing = false;
			if (trigger === 'quiet') { history.type = 'replace'; }
		}
		if (history.path === window.location.pathname + window.location.search) { history.type = 'replace'; }
	});

	document.addEventListener('htmx:beforeRequest', function () {
		var result = $('#result');
		if (result) { result.setAttribute('aria-busy', 'true'); }
	});
	document.addEventListener('htmx:afterSettle', refresh);

	document.addEventListener('change', function (event) {
		if (event.target.name === 'topology') { applyTopology(); }
		if (event.target.name === 'vendor') { stored('vendor', event.target.value); }
	});

	document.addEventListener('keydown', function (event) {
		if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && $('#config-text')) {
			event.preventDefault();
			copyConfig();
		} else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
				&& !event.target.closest('input, textarea, select, [contenteditable]') && $('#f-pool')) {
			event.preventDefault();
			$('#f-pool').focus();
		}
	});

	// The last chosen vendor, only when the URL names none: a permalink always wins.
	function rememberedVendor() {
		var params = new URLSearchParams(window.location.search);
		var radio = document.getElementById('v-' + stored('vendor'));
		if (params.has('vendor') || !radio || radio.checked) { return; }
		radio.checked = true;
		if (Array.from(params.keys()).length) {
			quiet = true;
			radio.dispatchEvent(new Event('change', { bubbles: true }));
		}
	}

	function fileBase() {
		var base = $('#file-base');
		var note = $('#file-base-note');
		if (!base || !note) { return; }
		note.textContent = window.location.href.indexOf(base.textContent.trim()) === 0 ? ''
			: ' (not this server\'s address: ask the operator to set UCDHCP_BASE_URL)';
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('.field input[type=text]').forEach(function (input) {
			var error = document.getElementById('e-' + input.name);
			fresh[input.name] = input.value.trim() === '' && !(error && error.textContent.trim());
		});
		applyTopology();
		applyTheme();
		// after htmx has processed the form (its own DOMContentLoaded listener comes later than this one)
		setTimeout(rememberedVendor);
		fileBase();
		refresh();
		say('');
	});
	document.addEventListener('htmx:afterSettle', fileBase);
})();
