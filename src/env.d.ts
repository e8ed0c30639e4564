interface ImportMetaEnv {
  /** The app's version from package.json (set in vite.config.ts). */
  readonly PACKAGE_VERSION?: string;
}
