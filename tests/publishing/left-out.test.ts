import { leftOutOf } from '@jol/cms/publishing/siteBuilder'
import { describe, expect, it } from 'vitest'

describe('what a build left out', () => {
  it('is read from its output: the export’s lines and the documents the site could not make', () => {
    const output = [
      'left out: newsletters/spring/en/sections.1.target: points at posts #4, which is not published; the section is left out',
      'snapshot written to /tmp/s: 3 leaflets',
      '[jol:print] not built /en/leaflets/x.pdf: leaflets/x/en/body: is empty, there is nothing to print',
      '12:00:01 [build] left out: posts/a/*/cover: media #7 (p.jpg) shows identifiable people and no consent is recorded; left out',
      'left out: newsletters/spring/en/sections.1.target: points at posts #4, which is not published; the section is left out',
      'build: site published at site/dist',
    ].join('\n')
    expect(leftOutOf(output)).toEqual([
      'newsletters/spring/en/sections.1.target: points at posts #4, which is not published; the section is left out',
      'leaflets/x/en/body: is empty, there is nothing to print (/en/leaflets/x.pdf is not built)',
      'posts/a/*/cover: media #7 (p.jpg) shows identifiable people and no consent is recorded; left out',
    ])
    expect(leftOutOf('build: site published')).toEqual([])
  })
})
