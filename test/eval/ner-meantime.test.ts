// MEANTIME named mentions: text rebuilt from tokens, types through REFERS_TO, only named PER/ORG/LOC.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readMeantimeNames } from '../../src/eval/lib/ner-meantime.js';

const xml = `<Document doc_id="1">
<token number="0" sentence="0" t_id="1">Velmora</token>
<token number="1" sentence="0" t_id="2">hires</token>
<token number="2" sentence="1" t_id="3">Ana</token>
<token number="3" sentence="1" t_id="4">Holt</token>
<token number="4" sentence="1" t_id="5">joined</token>
<token number="5" sentence="1" t_id="6">the</token>
<token number="6" sentence="1" t_id="7">firm</token>
<token number="7" sentence="1" t_id="8">in</token>
<token number="8" sentence="1" t_id="9">Oslo</token>
<token number="9" sentence="1" t_id="10">with</token>
<token number="10" sentence="1" t_id="11">Zeno</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NOM"><token_anchor t_id="6"/><token_anchor t_id="7"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="9"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="11"/></ENTITY_MENTION>
<ENTITY m_id="20" ent_type="ORG"/><ENTITY m_id="21" ent_type="PER"/><ENTITY m_id="22" ent_type="LOC"/><ENTITY m_id="23" ent_type="PRO"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><target m_id="20"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="21"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="4"/><target m_id="22"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="5"/><target m_id="23"/></REFERS_TO>
</Relations>
</Document>`;

test('named person, organisation and place mentions with their spans; descriptions and products left out', () => {
  const { text, names } = readMeantimeNames(xml);
  assert.equal(text, 'Velmora hires\n\nAna Holt joined the firm in Oslo with Zeno');
  assert.deepEqual(
    names.map((n) => `${n.type}:${text.slice(n.start, n.end)}`),
    ['ORG:Velmora', 'PER:Ana Holt', 'LOC:Oslo'],
  );
});
