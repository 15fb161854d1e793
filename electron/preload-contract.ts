/**
 * Compile-time proof that the preload's mirrored names and channels are exactly the
 * contract's (src/api). Never bundled: `tsc` checks it, nothing imports it at run time.
 */
import type {
  IPC_CHANNEL_PREFIX,
  WORKSPACE_CHANGED_CHANNEL,
  BridgeApi,
  DesktopBridge,
} from '../src/contract/bridge';
import type { OperationName } from '../src/contract/operations';
import type {
  BridgeOperationName,
  PRELOAD_CHANNEL_PREFIX,
  PRELOAD_WORKSPACE_CHANGED_CHANNEL,
  PreloadBridge,
} from './preload';

/** True only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const PRELOAD_NAMES_ARE_THE_CONTRACT: Equal<BridgeOperationName, OperationName> = true;
export const PRELOAD_API_KEYS_ARE_THE_CONTRACT: Equal<keyof PreloadBridge['api'], keyof BridgeApi> = true;
export const PRELOAD_SHAPE_IS_THE_CONTRACT: Equal<keyof PreloadBridge, keyof DesktopBridge> = true;
export const PRELOAD_PREFIX_IS_THE_CONTRACT: Equal<typeof PRELOAD_CHANNEL_PREFIX, typeof IPC_CHANNEL_PREFIX> =
  true;
export const PRELOAD_EVENT_IS_THE_CONTRACT: Equal<
  typeof PRELOAD_WORKSPACE_CHANGED_CHANNEL,
  typeof WORKSPACE_CHANGED_CHANNEL
> = true;
