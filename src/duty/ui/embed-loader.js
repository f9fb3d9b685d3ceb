// /embed.js: puts the duty calculator on a partner's page. Plain JavaScript, no dependencies.
// Served by src/routes/embed.js.ts, which puts the site's origin and the lists of allowed
// parameters in CONFIG.
//
//   <div data-duty-calculator data-lang="zh-cn" data-dest="CN" data-category="toys"></div>
//   <script src="https://SITE/embed.js" async></script>
//
// Each element becomes an iframe of /embed/<lang>/duty-calculator/ whose height follows its
// content. Only known data-* parameters with allowed values are passed on; anything else is
// dropped. Messages are accepted only from the site's origin and from an iframe this script made.
// window.DutyCalculator.init() picks up elements added later. Each iframe dispatches a bubbling
// `duty-calculator:result` event with { total, currency, destination, channel } when its result
// changes (never twice in a row with the same detail).
(function () {
	'use strict';
	/*__CONFIG__*/
	if (window.DutyCalculator && typeof window.DutyCalculator.init === 'function') {
		window.DutyCalculator.init();
		return;
	}
	// The site's origin comes from the build, never from the host page: it works the same whether
	// this file is included as a classic script, async, deferred or as type="module".
	var base = new URL('/', CONFIG.site);
	var origin = base.origin;
	var frames = [];
	/** Each iframe's last result event, as JSON. */
	var results = new WeakMap();

	function allowed(name, value) {
		var rule = CONFIG.params[name];
		if (!rule || typeof value !== 'string' || value.length > 40) return false;
		return Array.isArray(rule) ? rule.indexOf(value) !== -1 : new RegExp(rule).test(value);
	}

	function mount(element) {
		element.setAttribute('data-duty-calculator-ready', '');
		var lang = element.getAttribute('data-lang');
		lang = lang && lang.toLowerCase() === 'zh-cn' ? 'zh-cn' : 'en';
		var query = new URLSearchParams();
		Object.keys(CONFIG.params).forEach(function (name) {
			var value = element.getAttribute('data-' + name);
			if (value !== null && allowed(name, value.trim())) query.set(name, value.trim());
		});
		var iframe = document.createElement('iframe');
		var search = query.toString();
		iframe.src = new URL('embed/' + lang + '/duty-calculator/' + (search ? '?' + search : ''), base).href;
		iframe.title = CONFIG.titles[lang];
		iframe.loading = 'lazy';
		iframe.style.cssText = 'display:block;width:100%;border:0;height:' + CONFIG.height + 'px';
		element.replaceWith(iframe);
		frames.push(iframe);
		return iframe;
	}

	function init(root) {
		var found = (root || document).querySelectorAll('[data-duty-calculator]:not([data-duty-calculator-ready])');
		return Array.prototype.map.call(found, mount);
	}

	var isText = function (v, pattern) {
		return typeof v === 'string' && v.length <= 40 && pattern.test(v);
	};
	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var iframe = null;
		for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) iframe = frames[i];
		var data = event.data;
		if (!iframe || !data || typeof data !== 'object') return;
		if (data.type === 'duty-calculator:resize') {
			var height = Number(data.height);
			if (Number.isFinite(height) && height > 0 && height < 20000) iframe.style.height = Math.ceil(height) + 'px';
		} else if (data.type === 'duty-calculator:result') {
			var detail = {
				total: isText(data.total, /^\d+(\.\d+)?$/) ? data.total : null,
				currency: isText(data.currency, /^[A-Z]{3}$/) ? data.currency : null,
				destination: isText(data.destination, /^[A-Z]{2}$/) ? data.destination : null,
				channel: isText(data.channel, /^[a-z]+$/) ? data.channel : null,
			};
			// Once per change, also when the frame reloads and reports the same result again.
			var key = JSON.stringify(detail);
			if (results.get(iframe) === key) return;
			results.set(iframe, key);
			iframe.dispatchEvent(new CustomEvent('duty-calculator:result', { bubbles: true, detail: detail }));
		}
	});

	window.DutyCalculator = { init: init };
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { init(); });
	else init();
})();
