'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** Refreshes the server-rendered status every few seconds while a build is queued or running. */
export function RefreshWhileBuilding({ active, everyMs = 3000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter()
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => router.refresh(), everyMs)
    return () => clearInterval(timer)
  }, [active, everyMs, router])
  return null
}
