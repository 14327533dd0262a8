import { defineStrings } from '../define';

/** Not-found and unreadable-catalog pages (loaded only when one is shown). */
export default defineStrings({
  zh: {
    'notfound.title': '找不到这个页面',
    'notfound.body': '地址“{path}”不存在，可能是链接输错了，或该场景已下架。',
    'notfound.setTitle': '找不到场景“{id}”',
    'notfound.setBody': '目录里没有这个场景编号。请从场景目录重新选择。',
    'error.catalogTitle': '场景目录无法读取',
    'error.catalogBody': '下列文件有问题，修正后刷新页面即可：',
  },
  en: {
    'notfound.title': 'Page not found',
    'notfound.body': 'There is nothing at “{path}”. The link may be mistyped, or the set may have been withdrawn.',
    'notfound.setTitle': 'No set called “{id}”',
    'notfound.setBody': 'The catalog has no set with this id. Please pick one from the catalog.',
    'error.catalogTitle': 'The set catalog could not be read',
    'error.catalogBody': 'These files have problems; fix them and reload the page:',
  },
});
