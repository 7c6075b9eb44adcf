export interface NodeInfo {
  node: string;
  modules: string;
  platform: string;
  arch: string;
}
export declare const BUILD_INFO: string;
export declare function currentNode(): NodeInfo;
export declare function writeBuildInfo(dir: string): void;
export declare function readBuildInfo(dir: string): NodeInfo | undefined;
export declare function builtForOtherNode(info: Partial<NodeInfo> | undefined, now?: NodeInfo): string | undefined;
