// ucdhcp: the sites textarea as a table (add a row, paste cells from a spreadsheet, errors at their row).
// The textarea stays the form's field: without JavaScript it is the whole feature. No inline script: the CSP forbids it.
(function () {
	'use strict';

	var COLUMNS = [
		{ key: 'name', label: 'Site name', placeholder: 'berlin' },
		{ key: 'scope', label: 'Scope', placeholder: '10.20.30.0/24' },
		{ key: 'sba', label: 'SBA (optional)', placeholder: 'sba.berlin.contoso.com' }
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
		var number = tbody.rows.length + 1;
		COLUMNS.forEach(function (column, index) {
			var cell = document.createElement('td');
			var input = document.createElement('input');
			input.type = 'text';
			input.value = (values && values[index]) || '';
			input.placeholder = column.placeholder;
			input.dataset.column = column.key;
			input.setAttribute('aria-label', column.label + ', line ' + number);
			input.setAttribute('autocomplete', 'off');
			input.setAttribute('spellcheck', 'false');
			cell.appendChild(input);
			row.appendChild(cell);
		});
		var actions = document.createElement('td');
		var remove = document.createElement('button');
		remove.type = 'button';
		remove.className = 'remove-site';
		remove.textContent = 'Remove';
		remove.setAttribute('aria-label', 'Remove line ' + number);
		actions.appendChild(remove);
		row.appendChild(actions);
		var error = document.createElement('tr');
		error.className = 'site-row-error';
		error.hidden = true;
		var errorCell = document.createElement('td');
		errorCell.colSpan = COLUMNS.length + 1;
		errorCell.className = 'field-error';
		error.appendChild(errorCell);
		tbody.appendChild(row);
		tbody.appendChild(error);
		return row;
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

	function fill(startRow, text) {
		var lines = text.replace(/\r/g, '').split('\n').filter(function (line, index, all) {
			return line.trim() || index < all.length - 1;
		});
		var rows = siteRows();
		var index = rows.indexOf(startRow);
		lines.forEach(function (line, offset) {
			var row = rows[index + offset] || (siteRows().length < MAX_SITES + 1 ? addRow() : null);
			if (!row) { return; }
			var values = splitLine(line);
			cells(row).forEach(function (input, column) { input.value = values[column] || ''; });
		});
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
	}

	function build() {
		var area = textarea();
		if (!area || document.getElementById('sites-table')) { return; }
		var table = document.createElement('table');
		table.id = 'sites-table';
		table.className = 'sites-table';
		var caption = document.createElement('caption');
		caption.className = 'sr-only';
		caption.textContent = 'Sites, one per row';
		table.appendChild(caption);
		var head = table.createTHead().insertRow();
		COLUMNS.concat([{ label: '' }]).forEach(function (column) {
			var th = document.createElement('th');
			th.scope = 'col';
			th.textContent = column.label;
			head.appendChild(th);
		});
		table.appendChild(document.createElement('tbody'));
		var add = document.createElement('button');
		add.type = 'button';
		add.id = 'add-site';
		add.textContent = 'Add site';
		area.parentNode.insertBefore(table, area);
		area.parentNode.insertBefore(add, area);
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
			var row2 = event.target.closest('tr');
			row2.nextElementSibling.remove();
			row2.remove();
			if (!siteRows().length) { addRow(); }
			sync();
			textarea().dispatchEvent(new Event('input', { bubbles: true }));
		}
	});
	document.addEventListener('htmx:afterSettle', showErrors);
	document.addEventListener('DOMContentLoaded', build);
})();
