// Search on /{locale}/search/. Pagefind loads the index of this page's <html lang>, so results are in
// the reader's language only. Everything is built with DOM methods: no result text is parsed as markup
// except Pagefind's excerpt, from which only text and <mark> are kept.
const form = document.querySelector('[data-search]')
const status = document.querySelector('[data-search-status]')
const list = document.querySelector('[data-search-results]')

if (form && status && list) {
  const strings = JSON.parse(form.dataset.strings)
  const rules = new Intl.PluralRules(document.documentElement.lang)
  const countText = (n) =>
    (strings.plural[rules.select(n)] ?? strings.plural.other).replace('{count}', String(n))
  let loading
  const pagefind = () => (loading ??= import('/pagefind/pagefind.js'))

  const excerpt = (html) => {
    const p = document.createElement('p')
    const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html')
    for (const node of doc.body.firstElementChild?.childNodes ?? []) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark')
        mark.textContent = node.textContent
        p.append(mark)
      } else p.append(node.textContent ?? '')
    }
    return p
  }

  const run = async (query) => {
    list.replaceChildren()
    if (!query.trim()) {
      status.textContent = ''
      return
    }
    status.textContent = strings.searching
    try {
      const search = await (await pagefind()).search(query)
      const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()))
      status.textContent = results.length > 0 ? countText(search.results.length) : strings.none
      for (const result of results) {
        const li = document.createElement('li')
        const h2 = document.createElement('h2')
        const a = document.createElement('a')
        a.href = result.url
        a.textContent = result.meta?.title ?? result.url
        h2.append(a)
        li.append(h2, excerpt(result.excerpt))
        list.append(li)
      }
    } catch {
      status.textContent = strings.unavailable
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const query = String(new FormData(form).get('q') ?? '')
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`)
    run(query)
  })
  const initial = new URLSearchParams(location.search).get('q')
  if (initial) {
    form.elements.namedItem('q').value = initial
    run(initial)
  }
}
