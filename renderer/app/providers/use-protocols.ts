import { useContext } from 'react';
import { ProtocolsContext, type ProtocolsValue } from './protocols-context';

/** The protocol definitions: the five built in plus imported versions; lookup by id and version. */
export function useProtocols(): ProtocolsValue {
  const protocols = useContext(ProtocolsContext);
  if (protocols === null) throw new Error('useProtocols() needs a <ProtocolsProvider> above it');
  return protocols;
}
