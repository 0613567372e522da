// ucdhcp: the sites textarea as a table (add a row, paste cells from a spreadsheet, errors at their row).
// The textarea stays the form's field: without JavaScript it is the whole feature. No inline script: the CSP forbids it.
(function () {
	'use strict';

	// words a spreadsheet's header row uses for each column, compared in lower case without spaces
	var COLUMNS = [
		{ key: 'name', label: 'Site name', placeholder: 'berlin', words: ['site', 'name', 'sitename', 'branch', 'location'] },
		{ key: 'scope', label: 'Scope', placeholder: '10.20.30.0/24', words: ['scope', 'subnet', 'network', 'cidr', 'prefix'] },
		{ key: 'sba', label: 'SBA (optional)', placeholder: 'sba.berlin.contoso.com',
			words: ['sba', 'sbafqdn', 'sbs', 'registrar', 'survivablebranchappliance', 'fqdn'] }
	];
	var MAX_SITES = 64;

	function textarea() { return document.getElementById('f-sites'); }

	function body() { return document.querySelector('#sites-table tbody'); }

	function splitLine(line) {
		// a spreadsheet copies tab separated cells; a CSV export uses commas (or semicolons in some locales)
		var separator = line.indexOf('\t') >= 0 ? '\t' : (line.indexOf(',') < 0 && line.indexOf(';') >= 0 ? ';' : ',');
		return line.split(separator).map(function (cell) { return cell.trim(); });
	}

	function addRow(values) {
		var tbody = body();
		var row = document.createElement('tr');
		row.setAttribute('role', 'row');
		COLUMNS.forEach(function (column, index) {
			var cell = document.createElement('td');
			cell.setAttribute('role', 'cell');
			cell.dataset.label = column.label;
			var input = document.createElement('input');
			input.type = 'text';
			input.value = (values && values[index]) || '';
			input.placeholder = column.placeholder;
			input.dataset.column = column.key;
			input.setAttribute('autocomplete', 'off');
			input.setAttribute('autocapitalize', 'off');
			input.setAttribute('spellcheck', 'false');
			cell.appendChild(input);
			row.appendChild(cell);
		});
		var actions = document.createElement('td');
		actions.className = 'site-actions';
		actions.setAttribute('role', 'cell');
		var remove = document.createElement('button');
		remove.type = 'button';
		remove.className = 'remove-site';
		remove.textContent = 'Remove';
		actions.appendChild(remove);
		row.appendChild(actions);
		var error = document.createElement('tr');
		error.className = 'site-row-error';
		error.setAttribute('role', 'row');
		error.hidden = true;
		var errorCell = document.createElement('td');
		errorCell.colSpan = COLUMNS.length + 1;
		errorCell.className = 'field-error';
		errorCell.setAttribute('role', 'cell');
		error.appendChild(errorCell);
		tbody.appendChild(row);
		tbody.appendChild(error);
		number();
		return row;
	}

	// Labels and ids follow the rows as they are now, so "line 3" is the third site and the server's line 3
	function number() {
		siteRows().forEach(function (row, index) {
			var line = index + 1;
			cells(row).forEach(function (input) {
				var column = COLUMNS.filter(function (c) { return c.key === input.dataset.column; })[0];
				input.id = 'site-' + line + '-' + column.key;
				input.setAttribute('aria-label', column.label + ', line ' + line);
			});
			row.querySelector('.remove-site').setAttribute('aria-label', 'Remove line ' + line);
			row.nextElementSibling.firstChild.id = 'site-' + line + '-error';
		});
	}

	function siteRows() {
		return Array.prototype.filter.call(body().rows, function (row) { return row.className !== 'site-row-error'; });
	}

	function cells(row) { return Array.prototype.slice.call(row.querySelectorAll('input')); }

	// One line per row, so a line number from the server is a row number; trailing empty rows are dropped.
	function sync() {
		var lines = siteRows().map(function (row) {
			var values = cells(row).map(function (input) { return input.value.trim(); });
			if (!values[2]) { values.pop(); }
			return values.join(',').replace(/^,+$/, '');
		});
		while (lines.length && !lines[lines.length - 1]) { lines.pop(); }
		textarea().value = lines.join('\n');
	}

	// A header row ("Name;Subnet;SBA", any order) names the columns: its cells say which column each is.
	function headerOrder(line) {
		var order = splitLine(line).map(function (cell) {
			var word = cell.toLowerCase().replace(/[\s_().-]/g, '').replace(/optional$/, '');
			var index = -1;
			COLUMNS.forEach(function (column, i) { if (column.words.indexOf(word) >= 0) { index = i; } });
			return index;
		});
		var known = order.filter(function (index) { return index >= 0; });
		return known.length >= 2 && order.indexOf(0) >= 0 && order.indexOf(1) >= 0 ? order : null;
	}

	function fill(startRow, text) {
		var lines = text.replace(/\r/g, '').split('\n').filter(function (line, index, all) {
			return line.trim() || index < all.length - 1;
		});
		var notes = [];
		var order = lines.length ? headerOrder(lines[0]) : null;
		if (order) {
			notes.push('Header row "' + lines[0].trim() + '" skipped: its columns say which cell is which.');
			lines.shift();
		}
		var lowered = [];
		var rows = siteRows();
		var index = rows.indexOf(startRow);
		lines.forEach(function (line, offset) {
			var row = rows[index + offset] || (siteRows().length < MAX_SITES + 1 ? addRow() : null);
			if (!row) { return; }
			var values = arrange(splitLine(line), order);
			// site names are lower case in every file and object name: Paris becomes paris
			if (values[0] && values[0] !== values[0].toLowerCase()) {
				lowered.push(values[0] + ' \u2192 ' + values[0].toLowerCase());
				values[0] = values[0].toLowerCase();
			}
			cells(row).forEach(function (input, column) { input.value = values[column] || ''; });
		});
		if (lowered.length) {
			notes.push('Site names in lower case, as file and object names need them: ' + lowered.slice(0, 5).join(', ')
				+ (lowered.length > 5 ? ' and ' + (lowered.length - 5) + ' more.' : '.'));
		}
		note(notes.join(' '));
	}

	function arrange(values, order) {
		if (!order) { return values; }
		var arranged = ['', '', ''];
		order.forEach(function (column, index) { if (column >= 0) { arranged[column] = values[index] || ''; } });
		return arranged;
	}

	function note(text) {
		var hint = document.getElementById('sites-note');
		if (hint) { hint.textContent = text; hint.hidden = !text; }
	}

	function showErrors() {
		if (!document.getElementById('sites-table')) { return; }
		var byLine = {};
		document.querySelectorAll('#site-lines li').forEach(function (item) {
			var line = item.dataset.line;
			(byLine[line] = byLine[line] || []).push({ column: item.dataset.column || '', text: item.textContent });
		});
		siteRows().forEach(function (row, index) {
			var errors = byLine[index + 1] || [];
			cells(row).forEach(function (input) {
				var bad = errors.some(function (error) { return !error.column || error.column === input.dataset.column; });
				input.setAttribute('aria-invalid', bad ? 'true' : 'false');
			});
			var errorRow = row.nextElementSibling;
			errorRow.hidden = errors.length === 0;
			errorRow.firstChild.textContent = errors.map(function (error) { return error.text; }).join(' ');
		});
		// links to the hidden textarea (the fix banner, the result's list) go to the first wrong cell instead
		var wrong = document.querySelector('#sites-table input[aria-invalid=true]') || document.querySelector('#sites-table input');
		document.querySelectorAll('a[href="#f-sites"]').forEach(function (link) { link.setAttribute('href', '#' + wrong.id); });
	}

	function build() {
		var area = textarea();
		if (!area || document.getElementById('sites-table')) { return; }
		var table = document.createElement('table');
		table.id = 'sites-table';
		table.className = 'sites-table';
		// the rows are laid out as grids (app.css); the roles keep them a table for screen readers
		table.setAttribute('role', 'table');
		var caption = document.createElement('caption');
		caption.className = 'sr-only';
		caption.textContent = 'Sites, one per row';
		table.appendChild(caption);
		var thead = table.createTHead();
		thead.setAttribute('role', 'rowgroup');
		var head = thead.insertRow();
		head.setAttribute('role', 'row');
		COLUMNS.concat([{ label: 'Remove a line', hidden: true }]).forEach(function (column) {
			var th = document.createElement('th');
			th.scope = 'col';
			th.setAttribute('role', 'columnheader');
			var text = document.createElement('span');
			text.textContent = column.label;
			if (column.hidden) { text.className = 'sr-only'; }
			th.appendChild(text);
			head.appendChild(th);
		});
		var tbody = document.createElement('tbody');
		tbody.setAttribute('role', 'rowgroup');
		table.appendChild(tbody);
		var add = document.createElement('button');
		add.type = 'button';
		add.id = 'add-site';
		add.textContent = 'Add site';
		var hint = document.createElement('p');
		hint.id = 'sites-note';
		hint.className = 'hint sites-note';
		hint.hidden = true;
		area.parentNode.insertBefore(table, area);
		area.parentNode.insertBefore(add, area);
		area.parentNode.insertBefore(hint, area);
		area.hidden = true;
		var lines = area.value ? area.value.replace(/\r/g, '').split('\n') : [];
		lines.forEach(function (line) { addRow(splitLine(line)); });
		if (!lines.length) { addRow(); }
		document.querySelector('label[for="f-sites"]').removeAttribute('for');
		showErrors();
	}

	document.addEventListener('input', function (event) {
		if (event.target.closest && event.target.closest('#sites-table')) { sync(); }
	});
	document.addEventListener('paste', function (event) {
		var input = event.target.closest && event.target.closest('#sites-table input');
		var text = event.clipboardData && event.clipboardData.getData('text/plain');
		if (!input || !text || !/[\t\n,;]/.test(text)) { return; }
		event.preventDefault();
		fill(input.closest('tr'), text);
		sync();
		textarea().dispatchEvent(new Event('input', { bubbles: true }));
	});
	document.addEventListener('click', function (event) {
		if (event.target.id === 'add-site') {
			var row = addRow();
			row.querySelector('input').focus();
		} else if (event.target.classList && event.target.classList.contains('remove-site')) {
			remove(event.target.closest('tr'));
		}
	});
	// Focus stays in the table: on the Remove button of the row that moved up (or the new last row), so
	// a keyboard user can remove line after line; an emptied table starts again at its first cell.
	function remove(row) {
		var index = siteRows().indexOf(row);
		row.nextElementSibling.remove();
		row.remove();
		var emptied = !siteRows().length;
		if (emptied) { addRow(); }
		number();
		var rows = siteRows();
		var next = rows[Math.min(index, rows.length - 1)];
		(emptied ? next.querySelector('input') : next.querySelector('.remove-site')).focus();
		var status = document.getElementById('status');
		if (status) { status.textContent = 'Line ' + (index + 1) + ' removed; ' + (emptied ? 0 : rows.length) + ' left.'; }
		sync();
		textarea().dispatchEvent(new Event('input', { bubbles: true }));
	}

	document.addEventListener('htmx:afterSettle', showErrors);
	document.addEventListener('DOMContentLoaded', build);
})();
