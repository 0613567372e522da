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
		clearTimeout(pending);
		pending = null;
		var status = $('#status');
		if (status && status.textContent !== text) { status.textContent = text; }
	}

	// What typing changes is announced after 1 s without a key, or when the field is left: a status line
	// that changed with every keystroke was read out ten times in under three seconds.
	var pending;
	var later = '';
	function announce(text) {
		clearTimeout(pending);
		later = text;
		pending = setTimeout(function () { say(later); }, 1000);
	}
	function announceNow() {
		if (pending) { say(later); pending = null; }
	}

	// A result dimmed as stale is the last valid input's, not the form's: it is never copied or downloaded.
	function staleReason() {
		var result = $('#result');
		if (!result || !result.classList.contains('stale')) { return ''; }
		var labels = shownErrors();
		return 'Not copied: the config shown is from your last valid input. Fix ' + (labels.join(', ') || 'the marked fields')
			+ ' first.';
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
		var result = $('#result');
		if (result && result.getAttribute('aria-busy') === 'true') {
			// an answer for what was just typed is on its way: copy what it says, not what it replaces
			document.addEventListener('htmx:afterSettle', function settled() {
				document.removeEventListener('htmx:afterSettle', settled);
				copyConfig(button);
			});
			return;
		}
		var stale = staleReason();
		if (stale) {
			say(stale);
		} else if (config) {
			copyText(config.textContent, button || $('.toolbar .copy.primary'), 'Config');
		}
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
				var stale = source && source.closest('#result') ? staleReason() : '';
				if (stale) {
					say(stale);
				} else if (source) {
					copyText(source.textContent, button, source.tagName === 'PRE' ? 'Command' : 'Value');
				}
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
		announceNow();
	});

	// A link to a field (an error list, the fix banner, the decoder's Rebuild) lands on the field with its
	// label in view (scroll-margin in app.css) and the cursor in it.
	function focusField(id) {
		var field = id && document.getElementById(id);
		if (!field || !field.matches('input, select, textarea') || field.hidden || field.disabled) { return false; }
		field.scrollIntoView({ block: 'start' });
		field.focus({ preventScroll: true });
		return true;
	}
	document.addEventListener('click', function (event) {
		var link = event.target.closest && event.target.closest('a[href^="#"]');
		if (link && focusField(link.getAttribute('href').slice(1))) { event.preventDefault(); }
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
			if (verdict) { announce(verdict.textContent); }
			return;
		}
		result.setAttribute('aria-busy', 'false');
		var stale = result.classList.contains('stale');
		if (banner) { banner.hidden = !(stale && labels.length); }
		if (labels.length) {
			announce('Fix ' + labels.join(', ') + (stale ? ': the config shown is from your last valid input.' : '.'));
		} else {
			announce(result.dataset.status || '');
		}
		sitePlaceholder(stale);
		// the links would fetch the last valid query, not what the form says now
		result.querySelectorAll('a[download]').forEach(function (link) {
			if (stale && link.hasAttribute('href')) {
				link.dataset.href = link.getAttribute('href');
				link.removeAttribute('href');
				link.setAttribute('aria-disabled', 'true');
				link.title = 'Fix the marked fields first: this would download the last valid config';
			}
		});
		applyWrap();
	}

	// An empty site name field shows the name the output gets instead: the SBA's site label or the scope's network,
	// as the result names it; the example again when the result names none.
	var SITE_EXAMPLE = 'berlin'; // FormView's example
	function sitePlaceholder(stale) {
		var field = $('#f-site');
		if (!field || stale || field.value.trim()) { return; }
		var named = $('#site-name');
		field.placeholder = named ? named.textContent : SITE_EXAMPLE;
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
		focusField(decodeURIComponent(window.location.hash.slice(1)));
	});
	document.addEventListener('htmx:afterSettle', fileBase);
})();
